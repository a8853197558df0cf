# CPack: `cpack -G DEB` in the build folder here; NSIS on Windows, DragNDrop on macOS (README.md).
set(CPACK_PACKAGE_NAME watchkeeper)
set(CPACK_PACKAGE_VENDOR "The Watchkeeper developers")
set(CPACK_PACKAGE_CONTACT "Watchkeeper maintainers <maintainers@watchkeeper.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console for the supervisors of an AI-run shop")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Watchkeeper)
set(CPACK_PACKAGE_EXECUTABLES watchkeeper Watchkeeper)   # the Start menu shortcut (NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME Watchkeeper)
  set(CPACK_NSIS_PACKAGE_NAME Watchkeeper)
  set(CPACK_NSIS_MUI_ICON ${WK_ICON_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${WK_ICON_ICO})
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\watchkeeper.exe")
  set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Watchkeeper)
  set(CPACK_DMG_FORMAT UDZO)
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # watchkeeper_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "Console for the supervisors of an AI-run shop\n Review flagged AI-generated images, videos and copy, settle shipment\n exceptions under the delivery guarantee and manage suppliers, online or\n offline from a local cache that syncs with the platform.")
  # The libraries the binary links (Qt 6, SQLite, libstdc++ ...) come from dpkg-shlibdeps; what
  # Qt loads at run time is invisible to it and listed here: the SVG icon plugin, OpenSSL for the
  # TLS backend, and the GStreamer elements that play the review videos (H.264 from gst-libav).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libqt6svg6 (>= 6.4), libssl3, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
endif()

include(CPack)
