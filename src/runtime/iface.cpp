// iface.cpp — itabs and type assertions (Go's runtime/iface.go).
#include "runtime/iface.h"

#include <cstdlib>
#include <cstring>

#include "frontend/types.h"
#include "runtime/error.h"

namespace minigo::rt {

namespace {

// Go's itabTable: open addressing on (inter, type), grown at 75% load.
// Failed lookups are cached too (fun[0] == nullptr, as Go does), so a
// repeated failing assertion costs one probe.
struct ItabTable {
  size_t size = 0, count = 0;
  Itab** entries = nullptr;
};
ItabTable table;

size_t itabHash(Type* inter, Type* t) {
  uint64_t h = uint64_t(uintptr_t(inter)) * 0x9E3779B97F4A7C15ull ^ uint64_t(uintptr_t(t)) * 0xC2B2AE3D27D4EB4Full;
  return size_t(h ^ (h >> 29));
}

Itab* find(Type* inter, Type* t) {
  if (!table.size) return nullptr;
  size_t mask = table.size - 1;
  for (size_t i = itabHash(inter, t) & mask;; i = (i + 1) & mask) {
    Itab* e = table.entries[i];
    if (!e) return nullptr;
    if (e->inter == inter && e->type == t) return e;
  }
}

void add(Itab* m) {
  if ((table.count + 1) * 4 >= table.size * 3) {
    ItabTable old = table;
    table.size = old.size ? old.size * 2 : 64;
    table.count = 0;
    table.entries = static_cast<Itab**>(std::calloc(table.size, sizeof(Itab*)));
    for (size_t i = 0; i < old.size; i++)
      if (old.entries[i]) add(old.entries[i]);
    std::free(old.entries);
  }
  size_t mask = table.size - 1;
  size_t i = itabHash(m->inter, m->type) & mask;
  while (table.entries[i]) i = (i + 1) & mask;
  table.entries[i] = m;
  table.count++;
}

// The first interface method t lacks ("" when none): Go's itab.init.
std::string fill(Itab* m) {
  Type* inter = m->inter;
  for (size_t i = 0; i < inter->methods.size(); i++) {
    Func* fn = findMethod(m->type, inter->methods[i].name, inter->methods[i].type);
    if (!fn) {
      m->fun[0] = nullptr;
      return inter->methods[i].name;
    }
    m->fun[i] = fn;
  }
  return "";
}

}  // namespace

Func* findMethod(Type* t, const std::string& name, Type* sig) {
  auto ok = [&](const Method& m) { return m.name == name && m.fn && (!sig || !m.type || identical(m.type, sig)); };
  for (auto& m : t->methods)
    if (ok(m) && (!m.ptrRecv || t->kind == TPTR)) return m.fn;
  // *T has T's value methods too (the callee's interface entry dereferences).
  // A promoted method has a wrapper for each of T and *T: take *T's, which
  // reaches the embedded field through the pointer as gc's (*T).M does.
  if (t->kind == TPTR && !t->isNamed() && t->elem) {
    for (auto& m : t->elem->methods)
      if (ok(m) && m.ptrRecv) return m.fn;
    for (auto& m : t->elem->methods)
      if (ok(m)) return m.fn;
  }
  return nullptr;
}

Itab* getitab(Type* inter, Type* t, bool canfail) {
  Itab* m = find(inter, t);
  std::string missing;
  if (!m) {
    size_t n = inter->methods.size();
    m = static_cast<Itab*>(std::calloc(1, sizeof(Itab) + sizeof(Func*) * (n ? n : 1)));
    m->inter = inter;
    m->type = t;
    m->hash = t->hash;
    missing = fill(m);
    add(m);
  }
  if (!inter->methods.empty() && !m->fun[0]) {
    if (canfail) return nullptr;
    if (missing.empty()) {
      Itab probe{};
      probe.inter = inter;
      probe.type = t;
      Itab* tmp = static_cast<Itab*>(std::calloc(1, sizeof(Itab) + sizeof(Func*) * inter->methods.size()));
      *tmp = probe;
      missing = fill(tmp);
      std::free(tmp);
    }
    setPanic(makeTypeAssertionError(nullptr, t, inter, missing));
    return nullptr;
  }
  return m;
}

Itab* assertE2I(Type* inter, Type* t, Type* /*src*/) {
  if (!t) {
    // Go's assertE2I leaves _interface nil: "interface is nil, not I" whatever x's type.
    setPanic(makeTypeAssertionError(nullptr, nullptr, inter));
    return nullptr;
  }
  return getitab(inter, t, false);
}

Itab* assertE2I2(Type* inter, Type* t) {
  if (!t) return nullptr;
  return getitab(inter, t, true);
}

void panicdottype(Type* have, Type* want, Type* src) { setPanic(makeTypeAssertionError(src, have, want)); }

}  // namespace minigo::rt
