// alg.cpp — hash and equality by type (Go's runtime/alg.go), see alg.h.
#include "runtime/alg.h"

#include <cstring>
#include <unordered_map>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace minigo::rt {

// ---- the hash function -------------------------------------------------------
// A wyhash-style mixer: 64x64→128-bit multiply, xor of the halves. Written for
// minigo; constants are odd 64-bit numbers with balanced bits.

static constexpr uint64_t k0 = 0xa0761d6478bd642full;
static constexpr uint64_t k1 = 0xe7037ed1a0b428dbull;
static constexpr uint64_t k2 = 0x8ebc6af09c88c6e3ull;

static inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = __uint128_t(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}
static inline uint64_t r8(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
static inline uint64_t r4(const uint8_t* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

uint64_t memhash(const void* ptr, uint64_t seed, uintptr_t n) {
  const uint8_t* p = static_cast<const uint8_t*>(ptr);
  seed ^= k0;
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      uintptr_t q = (n >> 3) << 2;  // 0 or 4: the two 4-byte reads overlap as needed
      a = (r4(p) << 32) | r4(p + q);
      b = (r4(p + n - 4) << 32) | r4(p + n - 4 - q);
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uintptr_t i = n;
    while (i > 16) {
      seed = mix(r8(p) ^ k1, r8(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = r8(p + i - 16);
    b = r8(p + i - 8);
  }
  return mix(k1 ^ n, mix(a ^ k1, b ^ seed));
}

static inline uint64_t hash64(uint64_t v, uint64_t seed) { return mix(k1 ^ 8, mix(v ^ k1, seed ^ k0)); }

uint64_t strhash(const void* p, uint64_t seed) {
  const GoString* s = static_cast<const GoString*>(p);
  return memhash(s->ptr, seed, uintptr_t(s->len));
}

// xorshift64* state, seeded from the address space layout and the clock.
static uint64_t randState;
uint64_t fastrand64() {
  if (randState == 0) {
    randState = uint64_t(__builtin_ia32_rdtsc()) ^ reinterpret_cast<uintptr_t>(&randState) ^ k2;
    if (randState == 0) randState = k0;
  }
  randState ^= randState >> 12;
  randState ^= randState << 25;
  randState ^= randState >> 27;
  return randState * 0x2545F4914F6CDD1Dull;
}
uint32_t fastrand() { return uint32_t(fastrand64() >> 32); }

uint64_t f32hash(const void* p, uint64_t seed) {
  float f;
  memcpy(&f, p, 4);
  if (f == 0) return hash64(0, seed);                // +0 and -0 hash alike
  if (f != f) return hash64(fastrand64(), seed);    // NaN: any hash, NaN != NaN anyway
  uint32_t bits;
  memcpy(&bits, &f, 4);
  return hash64(bits, seed);
}

uint64_t f64hash(const void* p, uint64_t seed) {
  double f;
  memcpy(&f, p, 8);
  if (f == 0) return hash64(0, seed);
  if (f != f) return hash64(fastrand64(), seed);
  uint64_t bits;
  memcpy(&bits, &f, 8);
  return hash64(bits, seed);
}

uint64_t c64hash(const void* p, uint64_t seed) {
  const uint8_t* q = static_cast<const uint8_t*>(p);
  return f32hash(q + 4, f32hash(q, seed));
}
uint64_t c128hash(const void* p, uint64_t seed) {
  const uint8_t* q = static_cast<const uint8_t*>(p);
  return f64hash(q + 8, f64hash(q, seed));
}

// Hash of an interface's dynamic value: the value lives in the data word
// itself for pointer-shaped types, else data points at it.
static uint64_t hashDynamic(Type* t, void* const* data, uint64_t seed) {
  if (!t) return hash64(0, seed);
  const TypeAlg& a = getAlg(t);
  if (!a.hash) {
    setPanic(makeError(ErrUnhashable, t));
    return 0;
  }
  const void* v = t->isDirectIface() ? static_cast<const void*>(data) : *data;
  return a.hash(v, seed ^ k2, t);
}

uint64_t nilinterhash(const void* p, uint64_t seed) {
  const Eface* e = static_cast<const Eface*>(p);
  return hashDynamic(e->type, &e->data, seed);
}
uint64_t interhash(const void* p, uint64_t seed) {
  const Iface* i = static_cast<const Iface*>(p);
  return hashDynamic(i->tab ? i->tab->type : nullptr, &i->data, seed);
}

// ---- per-type entry points (HashFn / EqualFn) ----------------------------------

static uint64_t memhash_t(const void* p, uint64_t seed, const Type* t) { return memhash(p, seed, uintptr_t(t->size)); }
static uint64_t memhash8_t(const void* p, uint64_t seed, const Type*) { return hash64(*static_cast<const uint8_t*>(p), seed); }
static uint64_t memhash16_t(const void* p, uint64_t seed, const Type*) {
  uint16_t v;
  memcpy(&v, p, 2);
  return hash64(v, seed);
}
static uint64_t memhash32_t(const void* p, uint64_t seed, const Type*) {
  uint32_t v;
  memcpy(&v, p, 4);
  return hash64(v, seed);
}
static uint64_t memhash64_t(const void* p, uint64_t seed, const Type*) {
  uint64_t v;
  memcpy(&v, p, 8);
  return hash64(v, seed);
}
static uint64_t strhash_t(const void* p, uint64_t seed, const Type*) { return strhash(p, seed); }
static uint64_t f32hash_t(const void* p, uint64_t seed, const Type*) { return f32hash(p, seed); }
static uint64_t f64hash_t(const void* p, uint64_t seed, const Type*) { return f64hash(p, seed); }
static uint64_t c64hash_t(const void* p, uint64_t seed, const Type*) { return c64hash(p, seed); }
static uint64_t c128hash_t(const void* p, uint64_t seed, const Type*) { return c128hash(p, seed); }
static uint64_t nilinterhash_t(const void* p, uint64_t seed, const Type*) { return nilinterhash(p, seed); }
static uint64_t interhash_t(const void* p, uint64_t seed, const Type*) { return interhash(p, seed); }

static uint64_t arrayhash_t(const void* p, uint64_t seed, const Type* t) {
  const Type* et = t->elem;
  HashFn h = getAlg(et).hash;
  const uint8_t* q = static_cast<const uint8_t*>(p);
  for (int64_t i = 0; i < t->len; i++) {
    seed = h(q + i * et->size, seed, et);
    if (hasPendingError()) return 0;
  }
  return seed;
}

static bool isBlank(const Field& f) { return f.name == "_"; }

static uint64_t structhash_t(const void* p, uint64_t seed, const Type* t) {
  const uint8_t* q = static_cast<const uint8_t*>(p);
  for (const Field& f : t->fields) {
    if (isBlank(f)) continue;  // gc's generated hash skips blank fields
    seed = getAlg(f.type).hash(q + f.offset, seed, f.type);
    if (hasPendingError()) return 0;
  }
  return seed;
}

static bool memequal_t(const void* a, const void* b, const Type* t) { return memcmp(a, b, size_t(t->size)) == 0; }
static bool memequal8_t(const void* a, const void* b, const Type*) { return *static_cast<const uint8_t*>(a) == *static_cast<const uint8_t*>(b); }
static bool memequal16_t(const void* a, const void* b, const Type*) { return memcmp(a, b, 2) == 0; }
static bool memequal32_t(const void* a, const void* b, const Type*) { return memcmp(a, b, 4) == 0; }
static bool memequal64_t(const void* a, const void* b, const Type*) { return memcmp(a, b, 8) == 0; }
static bool strequal_t(const void* a, const void* b, const Type*) {
  return eqstring(*static_cast<const GoString*>(a), *static_cast<const GoString*>(b));
}
static bool f32equal_t(const void* a, const void* b, const Type*) {
  float x, y;
  memcpy(&x, a, 4);
  memcpy(&y, b, 4);
  return x == y;
}
static bool f64equal_t(const void* a, const void* b, const Type*) {
  double x, y;
  memcpy(&x, a, 8);
  memcpy(&y, b, 8);
  return x == y;
}
static bool c64equal_t(const void* a, const void* b, const Type* t) {
  const uint8_t* x = static_cast<const uint8_t*>(a);
  const uint8_t* y = static_cast<const uint8_t*>(b);
  return f32equal_t(x, y, t) && f32equal_t(x + 4, y + 4, t);
}
static bool c128equal_t(const void* a, const void* b, const Type* t) {
  const uint8_t* x = static_cast<const uint8_t*>(a);
  const uint8_t* y = static_cast<const uint8_t*>(b);
  return f64equal_t(x, y, t) && f64equal_t(x + 8, y + 8, t);
}

// Values of dynamic type t (same on both sides) held by two interfaces.
static bool equalDynamic(Type* t, void* const* x, void* const* y) {
  if (!t) return true;
  const TypeAlg& a = getAlg(t);
  if (!a.equal) {
    setPanic(makeError(ErrUncomparable, t));
    return false;
  }
  if (t->isDirectIface()) return *x == *y;
  return a.equal(*x, *y, t);
}

bool efaceeq(const void* x, const void* y) {
  const Eface* a = static_cast<const Eface*>(x);
  const Eface* b = static_cast<const Eface*>(y);
  if (a->type != b->type) return false;
  return equalDynamic(a->type, &a->data, &b->data);
}
bool ifaceeq(const void* x, const void* y) {
  const Iface* a = static_cast<const Iface*>(x);
  const Iface* b = static_cast<const Iface*>(y);
  Type* ta = a->tab ? a->tab->type : nullptr;
  Type* tb = b->tab ? b->tab->type : nullptr;
  if (ta != tb) return false;
  return equalDynamic(ta, &a->data, &b->data);
}
static bool nilinterequal_t(const void* a, const void* b, const Type*) { return efaceeq(a, b); }
static bool interequal_t(const void* a, const void* b, const Type*) { return ifaceeq(a, b); }

static bool arrayequal_t(const void* a, const void* b, const Type* t) {
  const Type* et = t->elem;
  EqualFn eq = getAlg(et).equal;
  const uint8_t* x = static_cast<const uint8_t*>(a);
  const uint8_t* y = static_cast<const uint8_t*>(b);
  for (int64_t i = 0; i < t->len; i++) {
    if (!eq(x + i * et->size, y + i * et->size, et)) return false;
  }
  return true;
}

static bool structequal_t(const void* a, const void* b, const Type* t) {
  const uint8_t* x = static_cast<const uint8_t*>(a);
  const uint8_t* y = static_cast<const uint8_t*>(b);
  for (const Field& f : t->fields) {
    if (isBlank(f)) continue;
    if (!getAlg(f.type).equal(x + f.offset, y + f.offset, f.type)) return false;
  }
  return true;
}

// ---- choosing the algorithms for a type -------------------------------------------

// A type compared and hashed as its raw bytes: no floats, strings or
// interfaces inside, no padding, no blank fields.
static bool isPlainMem(const Type* t) {
  switch (t->kind) {
    case TBOOL: case TINT: case TINT8: case TINT16: case TINT32: case TINT64:
    case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
    case TPTR: case TUNSAFEPTR: case TCHAN:
      return true;
    case TARRAY:
      return isPlainMem(t->elem);
    case TSTRUCT: {
      int64_t end = 0;
      for (const Field& f : t->fields) {
        if (isBlank(f) || f.offset != end || !isPlainMem(f.type)) return false;
        end = f.offset + f.type->size;
      }
      return end == t->size;
    }
    default:
      return false;
  }
}

static TypeAlg computeAlg(const Type* t) {
  TypeAlg a;
  if (isPlainMem(t)) {
    switch (t->size) {
      case 1: a.hash = memhash8_t; a.equal = memequal8_t; break;
      case 2: a.hash = memhash16_t; a.equal = memequal16_t; break;
      case 4: a.hash = memhash32_t; a.equal = memequal32_t; break;
      case 8: a.hash = memhash64_t; a.equal = memequal64_t; break;
      default: a.hash = memhash_t; a.equal = memequal_t; break;
    }
    a.memory = true;
    return a;
  }
  switch (t->kind) {
    case TFLOAT32: a = {f32hash_t, f32equal_t, false, false, true}; break;
    case TFLOAT64: a = {f64hash_t, f64equal_t, false, false, true}; break;
    case TCOMPLEX64: a = {c64hash_t, c64equal_t, false, false, true}; break;
    case TCOMPLEX128: a = {c128hash_t, c128equal_t, false, false, true}; break;
    case TSTRING: a = {strhash_t, strequal_t, false, true, true}; break;
    case TINTER:
      if (t->methods.empty()) a = {nilinterhash_t, nilinterequal_t, true, false, true};
      else a = {interhash_t, interequal_t, true, false, true};
      break;
    case TARRAY: {
      const TypeAlg& e = getAlg(t->elem);
      if (!e.hash) return TypeAlg{};
      a = {arrayhash_t, arrayequal_t, e.mayFail, e.reflexive, e.needKeyUpdate};
      break;
    }
    case TSTRUCT: {
      a = {structhash_t, structequal_t, false, true, false};
      for (const Field& f : t->fields) {
        const TypeAlg& e = getAlg(f.type);
        if (!e.hash) return TypeAlg{};
        a.mayFail |= e.mayFail;
        a.reflexive &= e.reflexive;
        a.needKeyUpdate |= e.needKeyUpdate;
      }
      break;
    }
    default:  // slices, maps, funcs: not comparable
      break;
  }
  return a;
}

const TypeAlg& getAlg(const Type* t) {
  static std::unordered_map<const Type*, TypeAlg> cache;
  static const Type* lastType;
  static const TypeAlg* lastAlg;
  if (t == lastType) return *lastAlg;
  auto it = cache.find(t);
  if (it == cache.end()) {
    TypeAlg a = computeAlg(t);  // may recurse into getAlg: insert afterwards
    it = cache.emplace(t, a).first;
  }
  lastType = t;
  lastAlg = &it->second;  // unordered_map never moves its elements
  return it->second;
}

uint64_t typehash(const Type* t, const void* p, uint64_t seed) {
  const TypeAlg& a = getAlg(t);
  if (!a.hash) {
    setPanic(makeError(ErrUnhashable, const_cast<Type*>(t)));
    return 0;
  }
  return a.hash(p, seed, t);
}

bool typeequal(const Type* t, const void* a, const void* b) {
  const TypeAlg& alg = getAlg(t);
  if (!alg.equal) {
    setPanic(makeError(ErrUncomparable, const_cast<Type*>(t)));
    return false;
  }
  return alg.equal(a, b, t);
}

}  // namespace minigo::rt
