# lp_embed_files(<output.cpp> <function-name> <base-dir> <files...>)
# Generates a C++ source that defines
#   std::span<const lp::EmbeddedFile> <function-name>();
# holding the contents of the given files, keyed by their path relative to <base-dir>.
# The files become part of the binary, so the portal runs as one self-contained executable.
function(lp_embed_files output function_name base_dir)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DFUNCTION=${function_name} -DBASE=${base_dir}
            "-DFILES=${files}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${function_name}"
    VERBATIM)
endfunction()
