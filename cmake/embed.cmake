# embed_file(<input> <symbol> <out_var>): generates a .cpp defining
#   extern const unsigned char <symbol>_data[]; extern const size_t <symbol>_size;
# and puts its path in <out_var>. Regenerated when the input changes.
function(embed_file input symbol out_var)
  set(output ${CMAKE_BINARY_DIR}/embedded/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${symbol}")
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
