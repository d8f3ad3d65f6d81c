# A Debian package with CPack (scripts/package): what `cmake --install`
# installs, under /usr, its dependencies found by dpkg-shlibdeps from the
# shared libraries the tools link.

# cpack (and the install target) take the tree as built: scripts/package
# builds first, and the package test packs the build it runs in.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cablesearch)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "search the US State Department cables of the Cablegate release")
set(CPACK_PACKAGE_DESCRIPTION "cable-index reads plain-text cables, the release's HTML pages and cables.csv
dumps into a Xapian index; cable-query searches it from the terminal with
phrases, boolean logic, field filters, exact facet counts and highlighted
paragraphs.")
set(CPACK_PACKAGE_CONTACT "cablesearch maintainers <cablesearch@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
