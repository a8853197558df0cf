<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Demo platform</source>
        <translation>Demo-Plattform</translation>
    </message>
</context>
<context>
    <name>wk</name>
    <message>
        <source>The migration %1 should be numbered %2 (files are NNN_description.sql, numbered from 001 without gaps). This is a bug in this build of Watchkeeper.</source>
        <translation>Die Migration %1 müsste die Nummer %2 tragen (Dateien heißen NNN_beschreibung.sql und sind ab 001 lückenlos nummeriert). Das ist ein Fehler in diesem Build von Watchkeeper.</translation>
    </message>
</context>
<context>
    <name>wk::AboutDialog</name>
    <message>
        <source>About Watchkeeper</source>
        <translation>Über Watchkeeper</translation>
    </message>
    <message>
        <source>The desk of the supervisors of an AI-run shop: review flagged media, settle order exceptions and keep suppliers honest, online or offline.</source>
        <translation>Der Arbeitsplatz der Aufsicht eines KI-geführten Shops: markierte Medien prüfen, Auftragsausnahmen klären und Lieferanten im Blick behalten – online wie offline.</translation>
    </message>
    <message>
        <source>Watchkeeper is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Watchkeeper ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
</context>
<context>
    <name>wk::ApiError</name>
    <message>
        <source>The platform cannot be reached; your decisions are kept and sent when the connection returns.</source>
        <translation>Die Plattform ist nicht erreichbar; Ihre Entscheidungen bleiben gespeichert und werden gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>The platform did not answer in time; the console will try again by itself.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet; die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The connection to the platform is not encrypted: use an https address, or allow unencrypted connections explicitly in the settings if this network is trusted.</source>
        <translation>Die Verbindung zur Plattform ist nicht verschlüsselt: Verwenden Sie eine https-Adresse oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich in den Einstellungen, wenn Sie diesem Netz vertrauen.</translation>
    </message>
    <message>
        <source>The platform refused the access token: ask for a new token and enter it in the settings.</source>
        <translation>Die Plattform hat das Zugangstoken abgelehnt: Fordern Sie ein neues Token an und tragen Sie es in den Einstellungen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The platform asks the console to slow down; it will try again in %n second(s).</source>
        <translation>
            <numerusform>Die Plattform bittet die Konsole, langsamer zu werden; sie versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Plattform bittet die Konsole, langsamer zu werden; sie versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable; the console will try again by itself.</source>
        <translation>Die Plattform ist vorübergehend nicht verfügbar; die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The local copy is too far behind the platform and is downloaded again; pending decisions are kept.</source>
        <translation>Die lokale Kopie liegt zu weit hinter der Plattform zurück und wird neu geladen; ausstehende Entscheidungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The platform no longer knows this console; it registers again and resends pending decisions.</source>
        <translation>Die Plattform kennt diese Konsole nicht mehr; sie meldet sich neu an und sendet ausstehende Entscheidungen erneut.</translation>
    </message>
    <message>
        <source>The platform refused a command whose id was already used for another command; report this to support with the journal.</source>
        <translation>Die Plattform hat einen Befehl abgelehnt, dessen ID bereits für einen anderen Befehl verwendet wurde; melden Sie dies mit dem Journal dem Support.</translation>
    </message>
    <message>
        <source>The platform refused a request from this console (HTTP %1); report this to support with the journal.</source>
        <translation>Die Plattform hat eine Anfrage dieser Konsole abgelehnt (HTTP %1); melden Sie dies mit dem Journal dem Support.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1); the console will try again by itself.</source>
        <translation>Die Plattform hatte einen internen Fehler (HTTP %1); die Konsole versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The platform sent an answer the console cannot read; nothing of it was applied and the console will try again.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die die Konsole nicht lesen kann; nichts davon wurde übernommen, und die Konsole versucht es erneut.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
</context>
<context>
    <name>wk::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::CommandQueue</name>
    <message>
        <source>The decision could not be saved, so nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ConnectionSettings</name>
    <message>
        <source>Enter the address of the platform, for example https://platform.example.com.</source>
        <translation>Geben Sie die Adresse der Plattform ein, zum Beispiel https://platform.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Dies ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a platform on this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für eine Plattform auf diesem Computer).</translation>
    </message>
    <message>
        <source>The address has no host name. Write it as https://platform.example.com.</source>
        <translation>Der Adresse fehlt der Hostname. Schreiben Sie sie als https://platform.example.com.</translation>
    </message>
    <message>
        <source>http:// sends your token unencrypted to %1. Use https://, or tick &quot;Allow an unencrypted connection&quot; if you trust every network in between.</source>
        <translation>http:// sendet Ihr Token unverschlüsselt an %1. Verwenden Sie https:// oder setzen Sie das Häkchen bei „Unverschlüsselte Verbindung erlauben“, wenn Sie jedem Netz auf dem Weg vertrauen.</translation>
    </message>
</context>
<context>
    <name>wk::Database</name>
    <message>
        <source>Cannot open the cache file %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Die Cache-Datei %1 lässt sich nicht öffnen: %2. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or is not a database (%2). Move it aside and start again: Watchkeeper will build a new cache from the platform.</source>
        <translation>Die Cache-Datei %1 ist beschädigt oder keine Datenbank (%2). Verschieben Sie sie und starten Sie neu: Watchkeeper baut einen neuen Cache von der Plattform auf.</translation>
    </message>
    <message>
        <source>The cache file %1 is locked by another program (%2). Close the other Watchkeeper window and try again.</source>
        <translation>Die Cache-Datei %1 ist von einem anderen Programm gesperrt (%2). Schließen Sie das andere Watchkeeper-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read or write the cache file %1 (%2). Check the free disk space and the file&apos;s permissions.</source>
        <translation>Die Cache-Datei %1 kann nicht gelesen oder geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Allow your user to write to it (and to its folder), or choose another file.</source>
        <translation>Die Datei %1 ist schreibgeschützt. Erlauben Sie Ihrem Benutzer, in die Datei (und ihren Ordner) zu schreiben, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The query on %1 was cancelled.</source>
        <translation>Die Abfrage auf %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wk::Desk</name>
    <message>
        <source>Enter the platform&apos;s address in File → Settings…, or start Watchkeeper with --demo to try it on generated data.</source>
        <translation>Geben Sie die Adresse der Plattform unter Datei → Einstellungen… ein, oder starten Sie Watchkeeper mit --demo, um es mit erzeugten Daten auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>wk::FulfilmentDesk</name>
    <message>
        <source>No order exceptions yet</source>
        <translation>Noch keine Auftragsausnahmen</translation>
    </message>
    <message>
        <source>Orders that need a person — a wrong tracking number, a stalled parcel, a customs hold, a quality complaint — will appear here with their SLA clocks once the console has synced.</source>
        <translation>Aufträge, die einen Menschen brauchen – eine falsche Sendungsnummer, ein steckengebliebenes Paket, eine Zollsperre, eine Qualitätsreklamation –, erscheinen hier mit ihren SLA-Fristen, sobald die Konsole synchronisiert hat.</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Abwicklung</translation>
    </message>
    <message>
        <source>Orders that left the happy path, with their SLA clocks and guarantee costs.</source>
        <translation>Aufträge, die vom normalen Ablauf abgewichen sind, mit SLA-Fristen und Garantiekosten.</translation>
    </message>
</context>
<context>
    <name>wk::Guarantee</name>
    <message>
        <source>These amounts are too large to compute exactly. Check them for a typing error.</source>
        <translation>Diese Beträge sind zu groß, um sie exakt zu berechnen. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a currency the platform trades in.</source>
        <translation>%1: „%2“ ist keine Währung, in der die Plattform handelt.</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative (it is %2).</source>
        <translation>%1: Ein Betrag darf nicht negativ sein (er ist %2).</translation>
    </message>
    <message>
        <source>These amounts must be in one currency: %1 in %2, %3 in %4.</source>
        <translation>Diese Beträge müssen in einer Währung sein: %1 in %2, %3 in %4.</translation>
    </message>
    <message>
        <source>%1: must be in CNY, what suppliers and forwarders are paid in, not in %2.</source>
        <translation>%1: muss in CNY angegeben sein – darin werden Lieferanten und Spediteure bezahlt –, nicht in %2.</translation>
    </message>
    <message>
        <source>There is no usable exchange rate from %1 to CNY: a rate must be for %1 and more than zero.</source>
        <translation>Es gibt keinen brauchbaren Wechselkurs von %1 nach CNY: Der Kurs muss für %1 gelten und größer als null sein.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Nothing is left to refund: %1 of %2 has been refunded already.</source>
        <translation>Es bleibt nichts mehr zu erstatten: %1 von %2 wurden bereits erstattet.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than the %2 that can still be refunded (the full refund is %3, of which %4 has been refunded already).</source>
        <translation>Eine Erstattung von %1 ist mehr als die %2, die noch erstattet werden können (die volle Erstattung beträgt %3, davon wurden bereits %4 erstattet).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency the platform trades in.</source>
        <translation>„%1“ ist keine Währung, in der die Plattform handelt.</translation>
    </message>
    <message>
        <source>Expected an amount in CNY, not in %1.</source>
        <translation>Erwartet wurde ein Betrag in CNY, nicht in %1.</translation>
    </message>
    <message>
        <source>Supplier cost</source>
        <translation>Lieferantenkosten</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Versandkosten</translation>
    </message>
</context>
<context>
    <name>wk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Desk</source>
        <translation>&amp;Nächster Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Previous Desk</source>
        <translation>&amp;Vorheriger Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Watchkeeper</source>
        <translation>Ü&amp;ber Watchkeeper</translation>
    </message>
    <message>
        <source>Watchkeeper</source>
        <translation>Watchkeeper</translation>
    </message>
    <message>
        <source>Watchkeeper — Demo platform</source>
        <translation>Watchkeeper — Demo-Plattform</translation>
    </message>
    <message>
        <source>Watchkeeper — %1</source>
        <translation>Watchkeeper — %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose File → Settings… to enter the platform&apos;s address.</source>
        <translation>Wählen Sie Datei → Einstellungen…, um die Adresse der Plattform einzugeben.</translation>
    </message>
    <message>
        <source>Demo platform</source>
        <translation>Demo-Plattform</translation>
    </message>
    <message>
        <source>A reference platform with generated data runs inside the console. Nothing you do here reaches the real shop.</source>
        <translation>In der Konsole läuft eine Referenzplattform mit erzeugten Daten. Nichts, was Sie hier tun, erreicht den echten Shop.</translation>
    </message>
    <message>
        <source>Platform %1 — not synced yet</source>
        <translation>Plattform %1 — noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>wk::Migrator</name>
    <message>
        <source>%1 is an SQLite database, but not a %2 file. Watchkeeper will not change it: choose another file, or move this one away.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine %2-Datei. Watchkeeper verändert sie nicht: Wählen Sie eine andere Datei oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Watchkeeper (schema %2; this version knows up to %3). Update Watchkeeper, or choose another file. The file was not changed.</source>
        <translation>%1 wurde von einem neueren Watchkeeper geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Watchkeeper oder wählen Sie eine andere Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed; the file was left as it was (schema %3). Detail: %4</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen; die Datei blieb unverändert (Schema %3). Details: %4</translation>
    </message>
    <message>
        <source>%1 needs an update to schema %2, but it is open read-only. Allow your user to write to it, or choose another file.</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden, ist aber nur zum Lesen geöffnet. Erlauben Sie Ihrem Benutzer, in die Datei zu schreiben, oder wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>wk::PlatformClient</name>
    <message>
        <source>The platform address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Plattformadresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The platform address must start with https:// (or http:// for this computer).</source>
        <translation>Die Plattformadresse muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted: use an https address, or allow unencrypted connections explicitly if this network is trusted.</source>
        <translation>Die Verbindung zu %1 wäre nicht verschlüsselt: Verwenden Sie eine https-Adresse oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich, wenn Sie diesem Netz vertrauen.</translation>
    </message>
</context>
<context>
    <name>wk::ReviewConflictBanner</name>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the conflict notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 If you decide it anyway, your decision is kept as a conflict for you to settle on the Sync desk — it is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecider</name>
    <message numerus="yes">
        <source>Approved %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked to regenerate %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to regenerate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 undoes it for %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sent to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. The item is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent to the platform. The platform has no command that reverses a decision; ask a lead to reopen the item if it was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly undone: %1 of %2 decisions withdrawn; the others had already been sent and cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDecisionPrompt</name>
    <message>
        <source>Decision details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeneration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the generator do differently? Enter sends, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media broken or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 — why? Press 1–9, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate %1 — with a note for the generator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDesk</name>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy will appear here once the console has synced with the platform.</source>
        <translation>Markierte Bilder, Videos und Texte erscheinen hier, sobald die Konsole mit der Plattform synchronisiert hat.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Flagged images, videos and copy waiting for a decision.</source>
        <translation>Markierte Bilder, Videos und Texte, die auf eine Entscheidung warten.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: items decided, per hour, and the median time per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction carries one item&apos;s edited text: open a single copy item to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only copy can be corrected here; reject an image or a video, or ask to regenerate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text in the item pane first: a correction carries the edited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already %2 this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was escalated elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has claimed this item meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open an item first: there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 That was the last item in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cluster: %n items from %1 flagged “%2”. The next decision applies to all of them; Esc cancels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster cancelled: decisions apply to the open item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim: %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewDeskActions</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the item (or the selection) and go on to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason: then press 1–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the generator for a new version, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the copy as edited in the item pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the item to a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the last decision while it is still in its grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next item in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous item in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every item of this supplier with the same flag reason: the next decision applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reason, the note or the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, copy and reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the desk&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any of the desk&apos;s commands by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewFacetBar</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flag reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished">Bestellung</translation>
    </message>
    <message>
        <source>Highest impact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least AI confidence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, copy and reasons (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current facets, search and order under a name, or open a saved view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewLabels</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artefact visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuity glitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbacked claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trademark risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regeneration requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pallet trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1688 long tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · SLA breached %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewQueueModel</name>
    <message>
        <source>%1+</source>
        <comment>more items than counted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>AI confidence in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision is in the outbox; the platform has not confirmed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU · title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewReaderThread</name>
    <message>
        <source>A review item in the cache could not be read (%1). Syncing again usually repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ReviewSessionStats</name>
    <message>
        <source>%1 decided · %2/h · median %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>Your supervisor token</source>
        <translation>Ihr Aufsichts-Token</translation>
    </message>
    <message>
        <source>Warning: without encryption, anyone on the network between you and the platform can read your token and the shop&apos;s data, and act as you. Use this only on a network you trust, such as a test setup.</source>
        <translation>Warnung: Ohne Verschlüsselung kann jeder im Netz zwischen Ihnen und der Plattform Ihr Token und die Daten des Shops mitlesen und in Ihrem Namen handeln. Nutzen Sie dies nur in einem Netz, dem Sie vertrauen, etwa in einer Testumgebung.</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>&amp;Adresse der Plattform:</translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation>Aufsichts-&amp;Token:</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only and asked for again after a restart. Storing it in the system keychain comes with the sync work.</source>
        <translation>Das Token wird nur für diese Sitzung im Arbeitsspeicher gehalten und nach einem Neustart erneut abgefragt. Die Ablage im Schlüsselbund des Systems kommt mit der Synchronisierung.</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung erlauben</translation>
    </message>
</context>
<context>
    <name>wk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>wk::SuppliersDesk</name>
    <message>
        <source>No suppliers yet</source>
        <translation>Noch keine Lieferanten</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail will appear here with their scorecards once the console has synced with the platform.</source>
        <translation>Palettenhändler, Direktfabriken und der 1688-Long-Tail erscheinen hier mit ihren Bewertungen, sobald die Konsole mit der Plattform synchronisiert hat.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Pallet traders, direct factories and the 1688 long tail, with their scorecards.</source>
        <translation>Palettenhändler, Direktfabriken und der 1688-Long-Tail mit ihren Bewertungen.</translation>
    </message>
</context>
<context>
    <name>wk::SyncDesk</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Decisions waiting to be sent, the last successful pull and conflicts that need a person will appear here once the console is connected to a platform.</source>
        <translation>Noch zu sendende Entscheidungen, der letzte erfolgreiche Abruf und Konflikte, die einen Menschen brauchen, erscheinen hier, sobald die Konsole mit einer Plattform verbunden ist.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>The connection to the platform: what is waiting to be sent, what came in, and conflicts.</source>
        <translation>Die Verbindung zur Plattform: was auf das Senden wartet, was hereingekommen ist, und Konflikte.</translation>
    </message>
</context>
<context>
    <name>wk::SyncEngine</name>
    <message>
        <source>Sync was stopped before the platform answered.</source>
        <translation>Die Synchronisierung wurde beendet, bevor die Plattform geantwortet hat.</translation>
    </message>
    <message>
        <source>Working offline: sent again when back online.</source>
        <translation>Offline-Arbeit: wird erneut gesendet, sobald die Konsole wieder online ist.</translation>
    </message>
    <message>
        <source>the results do not match the commands sent</source>
        <translation>die Ergebnisse passen nicht zu den gesendeten Befehlen</translation>
    </message>
</context>
<context>
    <name>wk::SyncStatusIndicator</name>
    <message>
        <source>Sync not started</source>
        <translation>Abgleich nicht gestartet</translation>
    </message>
    <message>
        <source>Syncing: %1 changes received</source>
        <translation>Abgleich: %1 Änderungen empfangen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Arbeit</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>waiting to be sent: %1, the oldest for %2 min</source>
        <translation>warten auf Versand: %1, die älteste seit %2 Min.</translation>
    </message>
    <message>
        <source>waiting to be sent: %1</source>
        <translation>warten auf Versand: %1</translation>
    </message>
    <message>
        <source>for you in the Sync desk: %1</source>
        <translation>für Sie im Bereich Abgleich: %1</translation>
    </message>
    <message>
        <source>last pull %1</source>
        <translation>zuletzt abgerufen %1</translation>
    </message>
</context>
<context>
    <name>wk::TrackingNumberValidator</name>
    <message>
        <source>This number cannot be checked.</source>
        <translation>Diese Nummer kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, but its check digit should be %2, not %3. Compare it with the label again.</source>
        <translation>Das sieht nach einer %1-Nummer aus, aber ihre Prüfziffer müsste %2 sein, nicht %3. Vergleichen Sie sie noch einmal mit dem Etikett.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: a UPU postal number has 9 digits between its letters.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: Eine UPU-Postsendungsnummer hat 9 Ziffern zwischen ihren Buchstaben.</translation>
    </message>
    <message>
        <source>%1 is fine as a service code, but &apos;%2&apos; is not an ISO country code: a UPU postal number ends with the code of the sending country, such as CN or GB.</source>
        <translation>%1 ist als Dienstcode in Ordnung, aber „%2“ ist kein ISO-Ländercode: Eine UPU-Postsendungsnummer endet mit dem Code des Absenderlandes, etwa CN oder GB.</translation>
    </message>
    <message numerus="yes">
        <source>UPS numbers are 1Z + 16 characters; this one has %n after 1Z.</source>
        <translation>
            <numerusform>UPS-Nummern bestehen aus 1Z + 16 Zeichen; diese hat %n Zeichen nach 1Z.</numerusform>
            <numerusform>UPS-Nummern bestehen aus 1Z + 16 Zeichen; diese hat %n Zeichen nach 1Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: the last 8 characters of a UPS number (package number and check digit) are digits.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: Die letzten 8 Zeichen einer UPS-Nummer (Paketnummer und Prüfziffer) sind Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>This starts like a USPS routing code (420 and a ZIP code), but after 420 and a 5- or 9-digit ZIP code a USPS number has 20, 22 or 26 digits; this one has %n digits in all.</source>
        <translation>
            <numerusform>Das beginnt wie ein USPS-Leitcode (420 und eine Postleitzahl), aber nach 420 und einer 5- oder 9-stelligen ZIP-Postleitzahl hat eine USPS-Nummer 20, 22 oder 26 Ziffern; diese hat insgesamt %n Ziffer.</numerusform>
            <numerusform>Das beginnt wie ein USPS-Leitcode (420 und eine Postleitzahl), aber nach 420 und einer 5- oder 9-stelligen ZIP-Postleitzahl hat eine USPS-Nummer 20, 22 oder 26 Ziffern; diese hat insgesamt %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: %3 numbers are %4 followed by digits only.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: %3-Nummern bestehen aus %4 und danach nur Ziffern.</translation>
    </message>
    <message>
        <source>%1 numbers are %2 + %3 digits; this one has %4 after %2.</source>
        <translation>%1-Nummern bestehen aus %2 + %3 Ziffern; diese hat %4 nach %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (character %2) must be a digit: 4PX numbers are 4PX, 13 to 16 digits and CN.</source>
        <translation>„%1“ (Zeichen %2) muss eine Ziffer sein: 4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN.</translation>
    </message>
    <message>
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one does not end with CN.</source>
        <translation>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese endet nicht auf CN.</translation>
    </message>
    <message numerus="yes">
        <source>4PX numbers are 4PX, 13 to 16 digits and CN; this one has %n digits.</source>
        <translation>
            <numerusform>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese hat %n Ziffer.</numerusform>
            <numerusform>4PX-Nummern bestehen aus 4PX, 13 bis 16 Ziffern und CN; diese hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a tracking number: the field is empty.</source>
        <translation>Geben Sie eine Sendungsnummer ein: Das Feld ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a tracking number: only the letters A to Z and digits can.</source>
        <translation>„%1“ kann nicht Teil einer Sendungsnummer sein: Erlaubt sind nur die Buchstaben A bis Z und Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>A UPU postal number is 2 letters, 9 digits and a 2-letter country code; this one has %n digits.</source>
        <translation>
            <numerusform>Eine UPU-Postsendungsnummer besteht aus 2 Buchstaben, 9 Ziffern und einem 2-stelligen Ländercode; diese hat %n Ziffer.</numerusform>
            <numerusform>Eine UPU-Postsendungsnummer besteht aus 2 Buchstaben, 9 Ziffern und einem 2-stelligen Ländercode; diese hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches none of the carriers the platform uses (UPU postal S10, UPS, USPS, FedEx, DHL Express, YunExpress, 4PX, Cainiao). Check for a missing or extra character.</source>
        <translation>%1 passt zu keinem der Versanddienstleister, die die Plattform nutzt (UPU-Post S10, UPS, USPS, FedEx, DHL Express, YunExpress, 4PX, Cainiao). Prüfen Sie, ob ein Zeichen fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>UPU postal (S10)</source>
        <translation>UPU-Post (S10)</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>FedEx Express</source>
        <translation>FedEx Express</translation>
    </message>
    <message>
        <source>FedEx Ground</source>
        <translation>FedEx Ground</translation>
    </message>
    <message>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <source>YunExpress</source>
        <translation>YunExpress</translation>
    </message>
    <message>
        <source>4PX</source>
        <translation>4PX</translation>
    </message>
    <message>
        <source>Cainiao</source>
        <translation>Cainiao</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>Unbekannter Versanddienstleister</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>Royal Mail</source>
        <translation>Royal Mail</translation>
    </message>
    <message>
        <source>Australia Post</source>
        <translation>Australia Post</translation>
    </message>
    <message>
        <source>Canada Post</source>
        <translation>Canada Post</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>China Post</translation>
    </message>
    <message>
        <source>National post</source>
        <translation>Nationale Post</translation>
    </message>
    <message numerus="yes">
        <source>A number of digits alone has 10 (DHL Express), 12 or 15 (FedEx), or 20, 22 or 26 digits (USPS); this one has %n.</source>
        <translation>
            <numerusform>Eine reine Ziffernnummer hat 10 (DHL Express), 12 oder 15 (FedEx) oder 20, 22 oder 26 Ziffern (USPS); diese hat %n.</numerusform>
            <numerusform>Eine reine Ziffernnummer hat 10 (DHL Express), 12 oder 15 (FedEx) oder 20, 22 oder 26 Ziffern (USPS); diese hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::console::CommandLine</name>
    <message>
        <source>Watchkeeper: the desk of the supervisors of an AI-run shop. Review flagged media, settle order exceptions and manage suppliers, online or offline.</source>
        <translation>Watchkeeper: der Arbeitsplatz der Aufsicht eines KI-geführten Shops. Markierte Medien prüfen, Auftragsausnahmen klären und Lieferanten verwalten – online wie offline.</translation>
    </message>
    <message>
        <source>Start the built-in reference platform with generated data and connect to it. Nothing reaches the real shop.</source>
        <translation>Die eingebaute Referenzplattform mit erzeugten Daten starten und sich mit ihr verbinden. Nichts erreicht den echten Shop.</translation>
    </message>
    <message>
        <source>Connect to the platform at &lt;url&gt; for this session, instead of the address in Settings.</source>
        <translation>Für diese Sitzung mit der Plattform unter &lt;url&gt; verbinden statt mit der Adresse aus den Einstellungen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the local cache in &lt;path&gt; instead of the default location.</source>
        <translation>Den lokalen Cache in &lt;pfad&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (zum Beispiel de oder zh_CN) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 into the PNG file &lt;path&gt; and exit.</source>
        <translation>Das Hauptfenster in 1280×800 in die PNG-Datei &lt;pfad&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run watchkeeper --help to see what it can do.</source>
        <translation>Unbekannter Befehl „%1“. Rufen Sie watchkeeper --help auf, um zu sehen, was es kann.</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: choose the demo platform or a real one.</source>
        <translation>--demo und --server schließen einander aus: Wählen Sie die Demo-Plattform oder eine echte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform address. Write it as https://platform.example.com.</source>
        <translation>„%1“ ist keine Plattformadresse. Schreiben Sie sie als https://platform.example.com.</translation>
    </message>
</context>
<context>
    <name>wk::console::DemoPlatform</name>
    <message>
        <source>Cannot create the folder for the demo platform&apos;s data: %1</source>
        <translation>Der Ordner für die Daten der Demo-Plattform kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo platform could not listen on this computer: %1</source>
        <translation>Die Demo-Plattform kann auf diesem Computer keine Verbindungen annehmen: %1</translation>
    </message>
    <message>
        <source>The demo platform did not start: %1</source>
        <translation>Die Demo-Plattform ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>wk::console::Screenshot</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wk::console::SyncCommand</name>
    <message>
        <source>pages %1, changes %2, pushed %3 (applied %4, conflicts %5, rejected %6), resyncs %7, retries %8</source>
        <translation>Seiten %1, Änderungen %2, gesendet %3 (übernommen %4, Konflikte %5, abgelehnt %6), Neuabgleiche %7, Wiederholungen %8</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: put the platform token on its first line.</source>
        <translation>Die Token-Datei %1 ist leer: Schreiben Sie das Plattform-Token in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>Warning: the token file %1 can be read by other users; make it readable by you only (chmod 600).</source>
        <translation>Warnung: Die Token-Datei %1 ist für andere Benutzer lesbar; machen Sie sie nur für sich lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>watchkeeper sync: pulls the platform&apos;s changes into the local cache and pushes the queued decisions,
without a window. Runs until stopped, or with --once until everything due is done.</source>
        <translation>watchkeeper sync: holt die Änderungen der Plattform in den lokalen Cache und sendet die wartenden Entscheidungen,
ohne Fenster. Läuft, bis es beendet wird, oder mit --once, bis alles Fällige erledigt ist.</translation>
    </message>
    <message>
        <source>The sync command.</source>
        <translation>Der Synchronisierungsbefehl.</translation>
    </message>
    <message>
        <source>The platform&apos;s address.</source>
        <translation>Die Adresse der Plattform.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>File holding the platform token (readable by you only).</source>
        <translation>Datei mit dem Plattform-Token (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The local cache file.</source>
        <translation>Die lokale Cache-Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Pull until up to date, push everything due, then exit.</source>
        <translation>Bis zum aktuellen Stand holen, alles Fällige senden, dann beenden.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this computer.</source>
        <translation>Unverschlüsseltes http zu einem anderen Rechner als diesem erlauben.</translation>
    </message>
    <message>
        <source>Commands per push, 1 to 500 (default 500).</source>
        <translation>Befehle pro Sendung, 1 bis 500 (Standard 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Changes per page, 1 to 5000 (default 1000).</source>
        <translation>Änderungen pro Seite, 1 bis 5000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run watchkeeper sync --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe watchkeeper sync --help.</translation>
    </message>
    <message>
        <source>watchkeeper sync needs --server, --token-file and --db.</source>
        <translation>watchkeeper sync braucht --server, --token-file und --db.</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 500.</source>
        <translation>--batch-size muss eine ganze Zahl von 1 bis 500 sein.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000.</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis 5000 sein.</translation>
    </message>
    <message>
        <source>%1 (pending %2)</source>
        <translation>%1 (ausstehend %2)</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing %1 into %2</source>
        <translation>Synchronisiere %1 nach %2</translation>
    </message>
</context>
</TS>
