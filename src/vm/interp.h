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
void callGo(Proto* proto, uint8_t* args, int64_t argSize, void* ctxt, bool ifaceEntry);

}  // namespace minigo::vm
