// interp.h — the interpreter loop's entry points.
#pragma once

#include <cstdint>

#include "runtime/proc.h"
#include "vm/program.h"

namespace minigo::vm {

// Runs `proto` on g with its frame at offset fpOff of g's stack (arguments
// already in place, a FrameHeader with retpc == nullptr just below), starting
// at code[entry]; returns when that function returns.
void execute(rt::G* g, Proto* proto, int64_t fpOff, int entry);

// Runs g from its saved state (g->pc, or the native before it when
// g->retryNative) until it returns, parks or yields (rt::Sched::execute).
void resume(rt::G* g);

// Starts a goroutine running the func() value fv (time.AfterFunc).
void spawnFuncVal(rt::FuncVal* fv);

// Calls a Go function from C++ (natives calling back into Go: String(),
// Error(), sort callbacks). Runs on a fresh goroutine stack so the caller's
// stack never moves under a native. args holds params (+ room for results)
// in frame layout, argSize bytes; results are copied back into args.
//
// A panic (or runtime.Goexit) that the called code does not recover goes on
// unwinding through the native, as in Go: callGo moves the panic onto the
// calling goroutine and throws PanicUnwind; execute catches it at the
// native's call site and runs the caller's deferred calls from there.
// Natives that call back into Go must therefore be exception-safe (RAII).
void callGo(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt, bool ifaceEntry);

// callGo with Go's fmt catchPanic: a panic the called code does not recover
// is recovered here; returns false with its value in *panicVal. (Goexit is
// not recoverable and still unwinds.)
bool callGoRecover(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt, bool ifaceEntry,
                   rt::Eface* panicVal);

// What callGo throws; carries nothing: the panic is on the calling g.
struct PanicUnwind {};

}  // namespace minigo::vm
