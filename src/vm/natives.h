// natives.h — C++ implementations of runtime entry points (OCALLRT) and of
// body-less std-lib functions (fmt.Println ...), registered by name.
//
// Codegen looks names up at compile time only; the interpreter calls the
// function pointer. A native receives the callee frame: parameters then
// results, each in an 8-byte-aligned slot, exactly as a Go function of the
// same signature would see them (scalars normalized to 8 bytes).
#pragma once

#include <string>

#include "runtime/fmt.h"
#include "vm/program.h"

namespace minigo::vm {

NativeFn lookupNative(const std::string& name);

// natives_runtime.cpp: runtime.GC, runtime.ReadMemStats, runtime.KeepAlive.
void registerRuntimeNatives();

// fmt's bridge back into the interpreter (String()/Error() methods).
rt::MethodCaller* vmMethodCaller();

}  // namespace minigo::vm
