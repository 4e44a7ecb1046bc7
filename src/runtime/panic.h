// panic.h — gopanic, recover, Goexit, fatal runtime errors and the goroutine
// traceback (Go's runtime/panic.go and traceback.go).
//
// A panic is driven by the interpreter loop, never by C++ recursion: the VM
// pushes a _panic (gopanicStart), asks panicNext for the next deferred call,
// runs it on top of the panicking frame with its return address set to
// panicReturnInstr (op PANICRET), and then asks panicDeferReturned whether
// that call recovered. Recovery resumes the frame that deferred the call at
// its deferreturn landing (Proto::deferreturnPc), so it returns normally to
// its caller with its named results as they stand. With no deferred call
// left, fatalpanic prints every panic of the chain as Go does
// (`panic: first [recovered]`, `\tpanic: second`, the [signal ...] line,
// `goroutine N [running]:` and the traceback) and exits with code 2.
#pragma once

#include <string>

#include "runtime/defer.h"
#include "runtime/error.h"
#include "runtime/proc.h"
#include "runtime/value.h"

namespace minigo::vm {
struct Instr;
struct Proto;
}

namespace minigo::rt {

struct MethodCaller;

// Absolute path of the program's source file, as tracebacks print it.
extern std::string tracebackFile;
// The VM's method caller (Error()/String() of panic values).
extern MethodCaller* panicMethodCaller;
// The return address of deferred calls run by a panic (op PANICRET).
extern const vm::Instr panicReturnInstr;

// g->pc / g->proto / g->fp must be saved before these are called.
// Starts a panic with value v (a new _panic on g->panic_).
void gopanicStart(G* g, const Eface& v);
// Starts runtime.Goexit: a _panic with goexit set, which recover ignores.
void goexitStart(G* g);
// The next deferred call of g's current panic (its record marked started).
// When none is left: a panic never returns (fatalpanic); Goexit returns false.
// On a callGo g (g->nested) both return false with the panic left on g.
bool panicNext(G* g, FuncVal** fn);
// After a deferred call run by the panic returned: pops its record; if the
// call recovered, pops the panic and returns true with the frame to resume.
bool panicDeferReturned(G* g, int64_t* sp, vm::Proto** proto);
// gorecover: the panic value if called directly by the deferred call that
// the current panic runs (its fp offset equals Panic::argp), else nil.
Eface gorecover(G* g, int64_t argp);
[[noreturn]] void fatalpanic(G* g);

// A runtime error raised by the VM or a native: fatal errors exit at once,
// the others become a panic with their runtime.Error value.
// Returns false (after printing) only for fatal errors, which exit.
void panicRuntimeErrorStart(G* g, const RuntimeError& e);
// The runtime.Error value (runtime.boundsError, runtime.errorString,
// runtime.plainError, *runtime.TypeAssertionError) of e (natives_errors.cpp).
Eface errorValue(const RuntimeError& e);

// Old entry points: start the panic and, with no interpreter to run the
// deferred calls, print it and exit.
[[noreturn]] void panicRuntimeError(G* g, const RuntimeError& e);
[[noreturn]] void gopanic(G* g, const Eface& v);
// Appends "main.f(...)\n\t/path/file.go:LINE +0x0\n" per frame, innermost first.
void traceback(G* g, std::string& out);

}  // namespace minigo::rt
