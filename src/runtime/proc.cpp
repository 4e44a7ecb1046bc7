// proc.cpp — goroutine creation, stack growth and process exit.
#include "runtime/proc.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace minigo::rt {

Sched sched;

G* newg(size_t stackSize) {
  G* g = new G();
  g->goid = ++sched.goidgen;
  g->stack = static_cast<uint8_t*>(std::malloc(stackSize));
  if (!g->stack) {
    fputs("fatal error: runtime: out of memory\n", stderr);
    exitProcess(2);
  }
  g->stackSize = stackSize;
  g->stackHi = g->stack + stackSize - kStackGuard;
  g->status = _Grunnable;
  sched.allgs.push_back(g);
  return g;
}

void freeg(G* g) {
  std::free(g->stack);
  g->stack = g->stackHi = nullptr;
  g->status = _Gdead;
}

// Go's newstack/copystack: double until the new frame fits, then copy. No
// frame holds an absolute pointer into the stack, so memcpy is enough.
void growstack(G* g, int64_t fpOff, size_t need) {
  size_t used = size_t(fpOff) + need + kStackGuard;
  size_t newsize = g->stackSize;
  while (newsize < used) newsize *= 2;
  if (newsize > kMaxStack) {
    flushStdout();
    fprintf(stderr, "runtime: goroutine stack exceeds %zu-byte limit\n", kMaxStack);
    fprintf(stderr, "fatal error: stack overflow\n");
    std::_Exit(2);
  }
  uint8_t* ns = static_cast<uint8_t*>(std::malloc(newsize));
  if (!ns) {
    flushStdout();
    fputs("fatal error: runtime: out of memory\n", stderr);
    std::_Exit(2);
  }
  std::memcpy(ns, g->stack, g->stackSize);
  std::free(g->stack);
  g->stack = ns;
  g->stackSize = newsize;
  g->stackHi = ns + newsize - kStackGuard;
}

std::string& stdoutBuf() {
  static std::string buf;
  return buf;
}

void flushStdout() {
  std::string& b = stdoutBuf();
  size_t off = 0;
  while (off < b.size()) {
    ssize_t n = ::write(1, b.data() + off, b.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
  b.clear();
}

void exitProcess(int code) {
  flushStdout();
  fflush(stderr);
  std::_Exit(code);
}

}  // namespace minigo::rt
