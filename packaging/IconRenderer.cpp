// wk-render-icon: renders the application icon's SVG source into the PNGs (and, for Windows, the
// .ico) that desktops want, at build time, so that no raster icon is committed and they never drift.
//   wk-render-icon SOURCE.svg OUTPUT_DIR SIZE... [--ico FILE.ico]
// Writes OUTPUT_DIR/<size>x<size>/apps/watchkeeper.png (the hicolor theme's layout).
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "wk-render-icon: %s\n", qUtf8Printable(message));
    return 1;
}

QImage render(const QString &source, int size, QString *error)
{
    QImageReader reader(source);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        *error = QStringLiteral("cannot render %1 at %2 px: %3").arg(source).arg(size).arg(reader.errorString());
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // finds the image format plugins (qsvg, qico)
    QStringList args = QCoreApplication::arguments().mid(1);
    QString ico;
    if (const qsizetype i = args.indexOf(QStringLiteral("--ico")); i >= 0 && i + 1 < args.size()) {
        ico = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() < 3)
        return fail(QStringLiteral("usage: wk-render-icon SOURCE.svg OUTPUT_DIR SIZE... [--ico FILE.ico]"));
    const QString source = args.at(0);
    const QDir out(args.at(1));
    int largest = 0;
    for (const QString &arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("\"%1\" is not a size from 8 to 1024").arg(arg));
        QString error;
        const QImage image = render(source, size, &error);
        if (image.isNull())
            return fail(error);
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        if (!out.mkpath(dir))
            return fail(QStringLiteral("cannot create %1").arg(out.filePath(dir)));
        const QString file = out.filePath(dir + QStringLiteral("/watchkeeper.png"));
        if (!image.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
        largest = qMax(largest, size);
    }
    if (!ico.isEmpty()) {
        // The .ico format stores at most 256 px.
        QString error;
        const QImage image = render(source, qMin(largest, 256), &error);
        QImageWriter writer(ico, "ico");
        if (image.isNull() || !writer.write(image))
            return fail(error.isEmpty() ? writer.errorString() : error);
    }
    return 0;
}
