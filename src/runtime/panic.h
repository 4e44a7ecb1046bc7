// panic.h — gopanic, fatal runtime errors and the goroutine traceback
// (Go's runtime/panic.go and traceback.go).
//
// A panic unwinds the goroutine's frames (FrameHeader chain). Until defer and
// recover exist (issue 5) nothing stops the unwinding: the panic is printed
// as Go prints it (`panic: ...`, blank line, `goroutine 1 [running]:`, one
// function + file:line pair per frame) and the process exits with code 2.
#pragma once

#include <string>

#include "runtime/error.h"
#include "runtime/proc.h"
#include "runtime/value.h"

namespace minigo::rt {

struct MethodCaller;

// Absolute path of the program's source file, as tracebacks print it.
extern std::string tracebackFile;
// The VM's method caller (Error()/String() of panic values).
extern MethodCaller* panicMethodCaller;

// g->pc / g->proto / g->fp must be saved before these are called.
[[noreturn]] void panicRuntimeError(G* g, const RuntimeError& e);
[[noreturn]] void gopanic(G* g, const Eface& v);
// Appends "main.f(...)\n\t/path/file.go:LINE +0x0\n" per frame, innermost first.
void traceback(G* g, std::string& out);

}  // namespace minigo::rt
