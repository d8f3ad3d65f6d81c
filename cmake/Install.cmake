# `cmake --install build [--prefix P]` (default /usr/local; DESTDIR stages):
# the two tools, their man pages (doc/), bash and zsh completion and the
# copyright file, where Debian puts them.

install(TARGETS cable-index cable-query RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# bash-completion loads completions/NAME when NAME is first completed, from
# each of $XDG_DATA_DIRS (/usr/local/share:/usr/share) and beside the command.
install(FILES completion/bash/cable-index completion/bash/cable-query
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# zsh: a package's completions go to /usr/share/zsh/vendor-completions, a
# local install's to PREFIX/share/zsh/site-functions (/usr/local's is in
# Debian zsh's $fpath). Chosen when installing, as --prefix may change it.
set(zsh_completions ${PROJECT_SOURCE_DIR}/completion/zsh/_cable-index ${PROJECT_SOURCE_DIR}/completion/zsh/_cable-query)
install(CODE "
  if(CMAKE_INSTALL_PREFIX MATCHES \"/usr$\")
    set(cablesearch_zsh_dir vendor-completions)
  else()
    set(cablesearch_zsh_dir site-functions)
  endif()
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/\${cablesearch_zsh_dir}\"
       TYPE FILE FILES ${zsh_completions})
")

install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
