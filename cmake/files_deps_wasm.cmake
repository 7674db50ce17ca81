# pugixml, gumbo and zlib for the WebAssembly build of core/files (the page's file-reader module):
# static libraries built by tools/build-files-deps-wasm.sh into a cache outside the source tree
# (keyed by the Debian source versions, Emscripten version, flags and the script). Defines the
# INTERFACE target `files_deps_wasm`. Built at configure time when missing (about 30 s).
if(TARGET files_deps_wasm)
  return()
endif()
set(_files_deps_script ${PROJECT_SOURCE_DIR}/tools/build-files-deps-wasm.sh)
execute_process(
  COMMAND bash ${_files_deps_script} --print-dir
  OUTPUT_VARIABLE FILES_DEPS_WASM_DIR OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR FILES_DEPS_WASM_DIR STREQUAL "")
  message(FATAL_ERROR "files_deps_wasm: `tools/build-files-deps-wasm.sh --print-dir` failed")
endif()
if(NOT EXISTS ${FILES_DEPS_WASM_DIR}/.complete)
  message(STATUS "files_deps_wasm: building pugixml, gumbo, zlib for wasm into ${FILES_DEPS_WASM_DIR}")
  execute_process(COMMAND bash ${_files_deps_script} RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0 OR NOT EXISTS ${FILES_DEPS_WASM_DIR}/.complete)
    message(FATAL_ERROR "files_deps_wasm: tools/build-files-deps-wasm.sh failed; see its output above")
  endif()
else()
  message(STATUS "files_deps_wasm: using cached ${FILES_DEPS_WASM_DIR}")
endif()
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_files_deps_script})

add_library(files_deps_wasm INTERFACE)
target_include_directories(files_deps_wasm SYSTEM INTERFACE ${FILES_DEPS_WASM_DIR}/include)
target_link_libraries(files_deps_wasm INTERFACE
  ${FILES_DEPS_WASM_DIR}/lib/libpugixml.a
  ${FILES_DEPS_WASM_DIR}/lib/libgumbo.a
  ${FILES_DEPS_WASM_DIR}/lib/libz.a)
