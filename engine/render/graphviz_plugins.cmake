# The Graphviz plugins the render module registers as built-ins (render/layout.cpp): linked
# explicitly, because pkg-config's libgvc brings only the gvc library, and the plugins
# otherwise depend on a plugin configuration file being present on the machine.
pkg_get_variable(GRAPHVIZ_LIBDIR libgvc libdir)
foreach(plugin gvplugin_dot_layout gvplugin_neato_layout gvplugin_core gvplugin_pango)
  find_library(GRAPHVIZ_${plugin} NAMES ${plugin}
               HINTS ${GRAPHVIZ_LIBDIR}/graphviz ${GRAPHVIZ_LIBDIR} REQUIRED)
  target_link_libraries(stakemap_render PUBLIC ${GRAPHVIZ_${plugin}})
endforeach()
