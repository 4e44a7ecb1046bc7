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

// Natives defined in their own files (natives_errors.cpp ...) register here
// from a static initialiser: `static NativeRegistrar r("errors.New", errors_New);`
struct NativeRegistrar {
  NativeRegistrar(const char* name, NativeFn fn);
};

// The std-lib natives of natives_strings.cpp, natives_strconv.cpp ...
// (called from lookupNative: registrars alone would be dropped by the
// static-library link).
void registerStdlibNatives();
// Channels, select, go, runtime.*, sync, sync/atomic, time, context
// (natives_sync.cpp, natives_time.cpp, natives_context.cpp).
void registerConcurrencyNatives();

// natives_runtime.cpp: runtime.GC, runtime.ReadMemStats, runtime.KeepAlive.
void registerRuntimeNatives();

// math/rand, container/heap and container/list, bytes
// (natives_rand.cpp, natives_container.cpp, natives_bytes.cpp).
void registerRandNatives();
void registerContainerNatives();
void registerBytesNatives();
// fmt.Sscan, Sscanln, Sscanf (natives_fmtscan.cpp).
void registerFmtScanNatives();

// Fills the std-lib package variables a program uses (os.Args, os.Stdin,
// os.Stdout, os.Stderr, io.EOF) in its globals area (natives_bufio.cpp).
struct RunOptions;
void initStdGlobals(Program* prog, const RunOptions& opts);
// context.Canceled / context.DeadlineExceeded (natives_context.cpp).
void initContextGlobal(const std::string& sym, uint8_t* slot);

// fmt's bridge back into the interpreter (String()/Error() methods).
rt::MethodCaller* vmMethodCaller();
// package reflect (natives_reflect.cpp); reflectValueEface: if t is
// reflect.Value, the interface value the Value at p holds (fmt prints that).
void registerReflectNatives();
namespace stdlib {
bool reflectValueEface(Type* t, const void* p, rt::Eface* out);
}
// fmt.Formatter's Format called with a fmt.State over st (natives_fmtio.cpp).
rt::MethodCall callFormatMethod(const rt::Eface& v, rt::FormatState* st, int32_t verb, rt::Eface* panicVal);

}  // namespace minigo::vm
