# Precompiled headers for every C++ target of the project.
#
# Why: nlohmann/json.hpp takes about 3.5 s to parse and is included by two
# thirds of the files, Catch2 by every test file and CLI11 by the programs'
# command files. CI builds everything twice (normal and ASan+UBSan), so the
# parsing alone cost minutes. Each target gets one precompiled header with the
# heavy third-party headers it uses; our own headers stay out of it, so a
# change to them does not rebuild the header.
#
# Only headers that do not depend on a macro set in a source file go in:
# Catch2's main (tests/test_main.cpp, CATCH_CONFIG_MAIN) is its own library
# and gets no precompiled header.
#
# BLOKJES_PRECOMPILED_HEADERS=OFF turns it off (e.g. to check that every file
# includes what it uses).

option(BLOKJES_PRECOMPILED_HEADERS "Precompile the heavy third-party headers" ON)

# Every target defined in DIRECTORY and below it, into OUT.
function(blokjes_targets_below directory out)
  get_property(targets DIRECTORY "${directory}" PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirectories DIRECTORY "${directory}" PROPERTY SUBDIRECTORIES)
  foreach(subdirectory IN LISTS subdirectories)
    blokjes_targets_below("${subdirectory}" below)
    list(APPEND targets ${below})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

# True in OUT when TARGET links LIBRARY directly.
function(blokjes_target_links target library out)
  get_target_property(links ${target} LINK_LIBRARIES)
  set(${out} FALSE PARENT_SCOPE)
  if(links AND "${library}" IN_LIST links)
    set(${out} TRUE PARENT_SCOPE)
  endif()
endfunction()

function(blokjes_precompile_headers)
  if(NOT BLOKJES_PRECOMPILED_HEADERS)
    return()
  endif()
  blokjes_targets_below("${CMAKE_SOURCE_DIR}" targets)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(NOT type MATCHES "^(STATIC_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
      continue()
    endif()
    get_target_property(sources ${target} SOURCES)
    list(FILTER sources INCLUDE REGEX "\\.cpp$")
    if(NOT sources OR target STREQUAL "blokjes_test_main")
      continue()
    endif()
    set(headers <string> <vector> <map> <memory> <optional> <functional> <algorithm>
                <nlohmann/json.hpp>)
    blokjes_target_links(${target} blokjes_test_main tests)
    if(tests)
      list(APPEND headers <catch2/catch.hpp>)
    endif()
    blokjes_target_links(${target} CLI11::CLI11 cli)
    if(cli)
      list(APPEND headers <CLI/CLI.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
  endforeach()
endfunction()
