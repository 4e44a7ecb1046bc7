// defer.cpp — allocation of defer records (a free list, as Go's per-P
// deferpool) and deferproc.
#include "runtime/defer.h"

#include <vector>

namespace minigo::rt {

namespace {
std::vector<Defer*>& pool() {
  static std::vector<Defer*> p;
  return p;
}
}  // namespace

Defer* newdefer() {
  auto& p = pool();
  if (p.empty()) return new Defer();
  Defer* d = p.back();
  p.pop_back();
  *d = Defer{};
  return d;
}

void freedefer(Defer* d) {
  if (pool().size() < 1024) pool().push_back(d);
  else delete d;
}

void deferproc(G* g, int64_t sp, vm::Proto* proto, FuncVal* fn) {
  Defer* d = newdefer();
  d->sp = sp;
  d->proto = proto;
  d->fn = fn;
  d->link = g->defer_;
  g->defer_ = d;
}

}  // namespace minigo::rt
