# ICU for the WebAssembly build: the static libraries and the trimmed data object built by
# tools/build-icu-wasm.sh into a cache outside the source tree (keyed by ICU version, Emscripten
# version, flags and the script itself). Defines the INTERFACE target `icu_wasm`.
#
# The cache is built at configure time when missing (about 3 minutes on 2 cores); set
# NIANBAO_ICU_WASM_AUTOBUILD=OFF to fail with a message instead.

# Flags for every wasm translation unit and the link (this file is the one wasm-only include of the
# root CMakeLists.txt). nlohmann/json throws, so C++ exceptions must work: native wasm exceptions
# (Node >= 17, every current browser) cost far less size than Emscripten's JS-based emulation.
#
# Optimization (measured in docs/performance.md, "wasm profile"):
# - NIANBAO_WASM_OPT is the only -O flag. The wasm preset's build type is MinSizeRel, whose -Os CMake
#   put in front of it; em++ 3.1.6 lets any -Os/-Oz on the line set INLINING_LIMIT=1, i.e. clang
#   -fno-inline-functions, so an "-O2" build was compiled without inlining and linked with Binaryen's
#   shrink level. The build type's -O flags are removed here.
# - -sINLINING_LIMIT=0: Emscripten 3.1.6 turns -Os/-Oz into -fno-inline-functions (later versions
#   dropped that): not even std::string::size() or string_view::operator[] were inlined, and the
#   shipped -Oz build ran 3.5x slower than -O3. Harmless at -O2/-O3.
# - -O3 at the link is what lets Binaryen inline small functions across translation units and into
#   libc++ code ("flexible" inlining, only at -O3 without shrinking): 1.3x over -O2. -O3 costs
#   ~260 KB raw / ~70 KB gzip over -Oz for ~3.5x the speed.
set(NIANBAO_WASM_OPT "-O3" CACHE STRING "Optimization flag for the wasm build: -O3 (shipped), -O2, -Os, -Oz (smallest)")
foreach(_lang C CXX)
  foreach(_cfg DEBUG RELEASE MINSIZEREL RELWITHDEBINFO)
    string(REGEX REPLACE "(^| )-O[0-9sz]?( |$)" " " CMAKE_${_lang}_FLAGS_${_cfg} "${CMAKE_${_lang}_FLAGS_${_cfg}}")
  endforeach()
endforeach()
add_compile_options(-fwasm-exceptions ${NIANBAO_WASM_OPT} "SHELL:-s INLINING_LIMIT=0")
add_link_options(-fwasm-exceptions ${NIANBAO_WASM_OPT})

option(NIANBAO_ICU_WASM_AUTOBUILD "Build the cached wasm ICU at configure time when missing" ON)

set(_icu_script ${PROJECT_SOURCE_DIR}/tools/build-icu-wasm.sh)
execute_process(
  COMMAND bash ${_icu_script} --print-dir
  OUTPUT_VARIABLE ICU_WASM_DIR OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE _icu_rc)
if(NOT _icu_rc EQUAL 0 OR ICU_WASM_DIR STREQUAL "")
  message(FATAL_ERROR "icu_wasm: `tools/build-icu-wasm.sh --print-dir` failed (is emscripten installed?)")
endif()

if(NOT EXISTS ${ICU_WASM_DIR}/.complete)
  if(NOT NIANBAO_ICU_WASM_AUTOBUILD)
    message(FATAL_ERROR "icu_wasm: no cached ICU build at ${ICU_WASM_DIR}.\n"
                        "Run tools/build-icu-wasm.sh (or tools/build-wasm.sh) first.")
  endif()
  message(STATUS "icu_wasm: building ICU for wasm into ${ICU_WASM_DIR} (first time only, ~3 min)")
  execute_process(COMMAND bash ${_icu_script} RESULT_VARIABLE _icu_rc)
  if(NOT _icu_rc EQUAL 0 OR NOT EXISTS ${ICU_WASM_DIR}/.complete)
    message(FATAL_ERROR "icu_wasm: tools/build-icu-wasm.sh failed; see its output above")
  endif()
else()
  message(STATUS "icu_wasm: using cached ${ICU_WASM_DIR}")
endif()

# Re-configure when the script changes: its content is part of the cache key.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_icu_script})

add_library(icu_wasm INTERFACE)
target_include_directories(icu_wasm SYSTEM INTERFACE ${ICU_WASM_DIR}/include)
target_compile_definitions(icu_wasm INTERFACE U_STATIC_IMPLEMENTATION U_HAVE_STRTOD_L=1)
# i18n before uc (static link order); icudata.o defines icudt72_dat, ICU's static data entry point.
target_link_libraries(icu_wasm INTERFACE
  ${ICU_WASM_DIR}/lib/libicui18n.a
  ${ICU_WASM_DIR}/lib/libicuuc.a
  ${ICU_WASM_DIR}/lib/icudata.o)

# em++ must not search /usr/include (host headers for another libc), but nlohmann/json is header-only
# and portable: expose just that directory through a build-tree include dir holding a symlink.
if(NOT NLOHMANN_JSON_INCLUDE)
  find_path(_host_nlohmann nlohmann/json.hpp PATHS /usr/include /usr/local/include
            NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH REQUIRED)
  set(_wasm_inc ${CMAKE_BINARY_DIR}/wasm-include)
  file(MAKE_DIRECTORY ${_wasm_inc})
  if(NOT EXISTS ${_wasm_inc}/nlohmann)
    file(CREATE_LINK ${_host_nlohmann}/nlohmann ${_wasm_inc}/nlohmann SYMBOLIC)
  endif()
  set(NLOHMANN_JSON_INCLUDE ${_wasm_inc} CACHE PATH "nlohmann/json include dir for em++" FORCE)
endif()
