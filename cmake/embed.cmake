# embed_files(TARGET BASE dir FUNCTION name FILES f1 f2 ...)
# Generates a static library holding each file's bytes, reachable through
# `const std::map<std::string, std::string_view>& stakemap::embedded::NAME()`,
# keyed by the path relative to BASE.
function(embed_files target)
  cmake_parse_arguments(E "" "BASE;FUNCTION" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_data.cpp)
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_files.txt)
  file(WRITE ${list_file} "${E_FILES}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DBASE=${E_BASE} -DOUT=${out} -DFUNC=${E_FUNCTION} -DLIST=${list_file}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${E_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding models into ${target}")
  add_library(${target} STATIC ${out})
endfunction()
