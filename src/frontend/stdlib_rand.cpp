// stdlib_rand.cpp — package math/rand as in Go 1.19: Source/Source64, the
// additive lagged Fibonacci rngSource, Rand with Go's layout, and the
// top-level functions over a global source seeded with 1 (Go 1.19 does not
// randomize it). The natives are in natives_rand.cpp.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_rand.cpp: the interfaces, *rngSource (NewSource's dynamic
// type) and Rand (allocated by New).
Type* randSource = nullptr;
Type* randSource64 = nullptr;
Type* randRngSourcePtr = nullptr;
Type* randRand = nullptr;

void declareRand() {
  using namespace types;
  Pkg rand("math/rand", "rand");
  Type* int63 = sig({}, {Int64});
  Type* seed = sig({Int64}, {});
  Type* uint64 = sig({}, {Uint64});
  Type* src = rand.type("Source", newInterface({meth("Int63", int63), meth("Seed", seed)}, {}));
  Type* src64 = rand.type("Source64", newInterface({meth("Int63", int63), meth("Seed", seed), meth("Uint64", uint64)}, {}));
  // rngSource: tap, feed, vec[607] — the layout natives_rand.cpp's RngSource mirrors.
  Type* vec = sized(newArray(Int64, 607));
  Type* rng = rand.type("rngSource", newStruct({fld(Int, "tap"), fld(Int, "feed"), fld(vec, "vec")}));
  rand.method(rng, true, "Int63", int63);
  rand.method(rng, true, "Seed", seed);
  rand.method(rng, true, "Uint64", uint64);
  Type* r = rand.type("Rand", newStruct({fld(src, "src"), fld(src64, "s64"), fld(Int64, "readVal"), fld(Int8, "readPos")}));
  Type* rp = sized(newPtr(r));
  randSource = src;
  randSource64 = src64;
  randRngSourcePtr = sized(newPtr(rng));
  randRand = r;

  rand.func("NewSource", sig({Int64}, {src}));
  rand.func("New", sig({src}, {rp}));
  Type* swapFn = sig({Int, Int}, {});
  Type* byteS = newSlice(Byte);
  // Each top-level function and its *Rand method share a signature.
  struct F { const char* name; Type* t; };
  for (F f : {F{"Seed", seed}, F{"Int63", int63}, F{"Uint32", sig({}, {Uint32})}, F{"Uint64", uint64},
              F{"Int31", sig({}, {Int32})}, F{"Int", sig({}, {Int})}, F{"Int63n", sig({Int64}, {Int64})},
              F{"Int31n", sig({Int32}, {Int32})}, F{"Intn", sig({Int}, {Int})}, F{"Float64", sig({}, {Float64})},
              F{"Float32", sig({}, {Float32})}, F{"Perm", sig({Int}, {newSlice(Int)})},
              F{"Shuffle", sig({Int, swapFn}, {})}, F{"Read", sig({byteS}, {Int, Error})}}) {
    rand.func(f.name, f.t);
    rand.method(r, true, f.name, f.t);
  }
}

}  // namespace minigo::tc::stdlib
