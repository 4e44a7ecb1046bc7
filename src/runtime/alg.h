// alg.h — hashing and equality of Go values by type, after Go's
// runtime/alg.go (memhash, strhash, f64hash, interhash, typehash, efaceeq...).
//
// getAlg(t) picks, once per type, the functions maps and == use:
//   plain memory (ints, bools, pointers, chans, unsafe.Pointer, and arrays /
//   structs of them without padding or blank fields): memhash / memequal of
//   t->size bytes (with 8/16/32/64-bit fast paths);
//   strings: strhash / strequal; floats: +0 and -0 hash alike, NaN hashes
//   randomly (so NaN keys never collide into one entry) and NaN != NaN;
//   interfaces: hash/compare the dynamic type's value; an uncomparable
//   dynamic type sets pendingError ("hash of unhashable type T" /
//   "comparing uncomparable type T");
//   other arrays and structs: element by element, field by field (blank
//   fields skipped, as gc's generated functions do).
// The hash function is minigo's own wyhash-style 64-bit mixer (multiply-fold
// of 128-bit products), seeded per map (hmap::hash0).
#pragma once

#include <cstdint>

namespace minigo {
struct Type;
}

namespace minigo::rt {

using HashFn = uint64_t (*)(const void* p, uint64_t seed, const Type* t);
using EqualFn = bool (*)(const void* a, const void* b, const Type* t);

struct TypeAlg {
  HashFn hash = nullptr;   // null: the type is not comparable
  EqualFn equal = nullptr;
  bool mayFail = false;    // contains interfaces: hash/equal may set pendingError
  bool reflexive = true;   // k == k for every k (false when floats are inside)
  bool needKeyUpdate = false;  // == keys may differ in bits (floats ±0, strings)
  bool memory = false;     // plain memory: == is a byte comparison of t->size bytes
};

// The algorithms for t (computed once and cached; t must have its size).
const TypeAlg& getAlg(const Type* t);

// Hash / equality of a value of type t at p (generic entry points).
uint64_t typehash(const Type* t, const void* p, uint64_t seed);
bool typeequal(const Type* t, const void* a, const void* b);  // may set pendingError

uint64_t memhash(const void* p, uint64_t seed, uintptr_t n);
uint64_t strhash(const void* p, uint64_t seed);   // p points at a GoString
uint64_t f32hash(const void* p, uint64_t seed);
uint64_t f64hash(const void* p, uint64_t seed);
uint64_t c64hash(const void* p, uint64_t seed);
uint64_t c128hash(const void* p, uint64_t seed);
uint64_t nilinterhash(const void* p, uint64_t seed);  // p points at an Eface
uint64_t interhash(const void* p, uint64_t seed);     // p points at an Iface

// x == y for interfaces: types equal and values equal; uncomparable dynamic
// type → false with pendingError set.
bool efaceeq(const void* x, const void* y);  // Eface*
bool ifaceeq(const void* x, const void* y);  // Iface*

// A random 32/64-bit number (Go's fastrand): map seeds, iteration starts.
uint32_t fastrand();
uint64_t fastrand64();

}  // namespace minigo::rt
