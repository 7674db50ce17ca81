#!/usr/bin/env bash
# Ninja behind a lock: several builds of one build directory at once (parallel sessions, editor
# integrations) corrupt each other's objects and precompiled headers. This serializes them.
exec flock "${TMPDIR:-/tmp}/nianbao-build-$(echo "$PWD" | md5sum | cut -c1-8).lock" ninja "$@"
