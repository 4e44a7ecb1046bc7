// defer.h — the defer and panic records of a goroutine (Go's _defer and
// _panic in runtime/runtime2.go), chained on G::defer_ and G::panic_.
//
// Frames are named by their fp as an offset from the stack base (never a
// pointer), so stack growth, which copies the stack, leaves the chains valid.
// Every deferred call is a func value with no arguments and no results: walk
// wraps `defer f(x)` into `x1 := x; deferproc(func() { f(x1) })` as gc does.
#pragma once

#include <cstdint>

#include "runtime/proc.h"
#include "runtime/value.h"

namespace minigo::vm {
struct Proto;
struct Instr;
}

namespace minigo::rt {

struct Defer {
  int64_t sp = 0;               // fp offset of the frame that ran the defer statement
  vm::Proto* proto = nullptr;   // that frame's function: recovery resumes at its deferreturn
  FuncVal* fn = nullptr;        // the deferred call (nil: panics when run)
  Defer* link = nullptr;        // next older defer of this goroutine
  bool started = false;         // a panic or Goexit started running it
  Panic* panic_ = nullptr;      // the panic running it
};

struct Panic {
  int64_t argp = -1;            // fp offset of the deferred call being run (recover's check)
  Eface arg{};                  // the value passed to panic
  Panic* link = nullptr;        // earlier panic
  bool recovered = false;
  bool aborted = false;         // a later panic took over the deferred call running it
  bool goexit = false;          // runtime.Goexit, not a panic
};

// Saved just below the header of a deferred call that a panic runs: the
// panicking frame's pc (its proto and fp are in the header).
struct PanicFrame {
  const vm::Instr* pc;
  int64_t pad;
};
constexpr int32_t kPanicFrameSize = sizeof(PanicFrame);

Defer* newdefer();
void freedefer(Defer* d);

// deferproc: pushes a deferred call for the frame at fp offset sp.
void deferproc(G* g, int64_t sp, vm::Proto* proto, FuncVal* fn);

}  // namespace minigo::rt
