// natives_rand.cpp — package math/rand, bit for bit as Go 1.19.
//
// The source is Go's rngSource (rng.go): an additive lagged Fibonacci
// generator x[k] = x[k-273] + x[k-607] (mod 2^64) over a 607-word register,
// seeded with a Lehmer generator (seedrand) XORed with the table rngCooked.
// Go ships that table as the state gen_cooked.go reaches after 7.8e12 steps
// from seed 1; running those steps would take hours, so cookedTable() jumps
// there directly: the recurrence is linear, so x[n] is a combination of the
// first 607 words whose coefficients are x^n mod (x^607 - x^334 - 1),
// computed by square-and-multiply over Z/2^64.
//
// Rand mirrors rand.go: Int31n's rejection loop, Shuffle's int31n
// (Lemire's multiply-shift), Perm's inside-out shuffle, Float64's resampling.
// A Rand over a user-defined Source calls its methods through callGo.
#include <cstring>
#include <mutex>

#include "runtime/iface.h"
#include "vm/codegen.h"
#include "vm/natives_stdlib.h"

namespace minigo::tc::stdlib {
extern Type* randSource;
extern Type* randSource64;
extern Type* randRngSourcePtr;
extern Type* randRand;
}  // namespace minigo::tc::stdlib

namespace minigo::vm::stdlib {

namespace {

constexpr int kLen = 607;  // rngLen
constexpr int kTap = 273;  // rngTap
constexpr int32_t kInt32Max = 0x7fffffff;

// seed rng x[n+1] = 48271 * x[n] mod (2**31 - 1), Schrage's method as rng.go.
int32_t seedrand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += kInt32Max;
  return x;
}

// ---- rngCooked by jumping ahead (see the file comment).
using Poly = std::vector<uint64_t>;  // coefficients of x^0..x^606

// a*b mod (x^607 - x^334 - 1): x^d = x^(d-273) + x^(d-607) for d >= 607.
Poly polyMulMod(const Poly& a, const Poly& b) {
  std::vector<uint64_t> c(2 * kLen - 1, 0);
  for (int i = 0; i < kLen; i++) {
    if (!a[size_t(i)]) continue;
    uint64_t ai = a[size_t(i)];
    for (int j = 0; j < kLen; j++) c[size_t(i + j)] += ai * b[size_t(j)];
  }
  for (int d = 2 * kLen - 2; d >= kLen; d--) {
    uint64_t v = c[size_t(d)];
    c[size_t(d - kTap)] += v;
    c[size_t(d - kLen)] += v;
  }
  c.resize(kLen);
  return c;
}
Poly polyMulX(const Poly& a) {
  Poly c(kLen, 0);
  for (int i = kLen - 1; i > 0; i--) c[size_t(i)] = a[size_t(i - 1)];
  uint64_t top = a[kLen - 1];  // x^607 = x^334 + 1
  c[kLen - kTap] += top;
  c[0] += top;
  return c;
}

const uint64_t* cookedTable() {
  static uint64_t cooked[kLen];
  static std::once_flag once;
  std::call_once(once, [] {
    // gen_cooked.go's srand(1): shifts 20 and 10 (Seed uses 40 and 20).
    uint64_t init[kLen];
    int32_t x = 1;
    for (int i = -20; i < kLen; i++) {
      x = seedrand(x);
      if (i >= 0) {
        uint64_t u = uint64_t(int64_t(x)) << 20;
        x = seedrand(x);
        u ^= uint64_t(int64_t(x)) << 10;
        x = seedrand(x);
        u ^= uint64_t(int64_t(x));
        init[i] = u;
      }
    }
    // Call k (k >= 1) writes out[k] = out[k-273] + out[k-607] into vec[(334-k) mod 607];
    // out[k] for -606 <= k <= 0 is the initial vec[(334-k) mod 607]. With
    // a[i] = out[i-606], a[i] = a[i-273] + a[i-607].
    auto mod = [](int64_t v) { return int((v % kLen + kLen) % kLen); };
    uint64_t a[kLen];
    for (int j = 0; j < kLen; j++) a[j] = init[mod(334 - (j - 606))];
    constexpr uint64_t N = 7800000000000ULL;  // gen_cooked.go's 7.8e12 calls
    Poly r(kLen, 0);
    r[0] = 1;
    for (int bit = 63; bit >= 0; bit--) {
      r = polyMulMod(r, r);
      if ((N >> bit) & 1) r = polyMulX(r);
    }
    // r = x^N: a[N] = out[N-606]. The last 607 outputs out[N-606..N] are the state.
    for (uint64_t i = N; i < N + kLen; i++) {
      uint64_t v = 0;
      for (int j = 0; j < kLen; j++) v += r[size_t(j)] * a[j];
      int64_t k = int64_t(i) - 606;
      cooked[mod(334 - k)] = v;
      r = polyMulX(r);
    }
  });
  return cooked;
}

// Go's rngSource layout (stdlib_rand.cpp declares the same fields).
struct RngSource {
  int64_t tap;
  int64_t feed;
  uint64_t vec[kLen];
};

void rngSeed(RngSource* rng, int64_t seed) {
  const uint64_t* cooked = cookedTable();
  rng->tap = 0;
  rng->feed = kLen - kTap;
  seed = seed % kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  int32_t x = int32_t(seed);
  for (int i = -20; i < kLen; i++) {
    x = seedrand(x);
    if (i >= 0) {
      uint64_t u = uint64_t(int64_t(x)) << 40;
      x = seedrand(x);
      u ^= uint64_t(int64_t(x)) << 20;
      x = seedrand(x);
      u ^= uint64_t(int64_t(x));
      rng->vec[i] = u ^ cooked[i];
    }
  }
}
uint64_t rngUint64(RngSource* rng) {
  if (--rng->tap < 0) rng->tap += kLen;
  if (--rng->feed < 0) rng->feed += kLen;
  uint64_t x = rng->vec[rng->feed] + rng->vec[rng->tap];
  rng->vec[rng->feed] = x;
  return x;
}
int64_t rngInt63(RngSource* rng) { return int64_t(rngUint64(rng) & ((uint64_t(1) << 63) - 1)); }

// Read's leftover bytes of the top-level functions (a Rand keeps its own).
int64_t gReadVal;
int8_t gReadPos;

// The top-level functions' source: NewSource(1) on first use.
RngSource* globalSource() {
  static RngSource* g = [] {
    auto* s = new RngSource();
    rngSeed(s, 1);
    return s;
  }();
  return g;
}

// Go's Rand layout: src Source, s64 Source64, readVal int64, readPos int8.
struct RandObj {
  rt::Iface src;
  rt::Iface s64;
  int64_t readVal;
  int8_t readPos;
};

bool isRng(const rt::Iface& v) { return v.tab && v.tab->type == tc::stdlib::randRngSourcePtr; }

// Calls method m (index in the interface's sorted method set) of a Source.
void callSource(const rt::Iface& v, int m, uint8_t* args) {
  Proto* p = methodProto(v.tab->fun[m]);
  at<void*>(args, p->argSize) = v.data;
  callGo(p, args, p->argSize + 8, nullptr, true);
}

// One generator view for the algorithms below: the global source, or a *Rand.
struct Gen {
  RngSource* rng = nullptr;  // fast path: Go's own source
  RandObj* r = nullptr;      // otherwise

  int64_t int63() {
    if (rng) return rngInt63(rng);
    if (isRng(r->src)) return rngInt63(static_cast<RngSource*>(r->src.data));
    alignas(8) uint8_t args[16] = {};
    callSource(r->src, 0, args);  // Source: Int63, Seed
    return at<int64_t>(args, 0);
  }
  uint64_t uint64() {
    if (rng) return rngUint64(rng);
    if (r->s64.tab) {
      if (isRng(r->s64)) return rngUint64(static_cast<RngSource*>(r->s64.data));
      alignas(8) uint8_t args[16] = {};
      callSource(r->s64, 2, args);  // Source64: Int63, Seed, Uint64
      return at<uint64_t>(args, 0);
    }
    uint64_t lo = uint64_t(int63()) >> 31;
    return lo | uint64_t(int63()) << 32;
  }
  void seed(int64_t s) {
    if (rng) {
      gReadPos = 0;
      return rngSeed(rng, s);
    }
    if (isRng(r->src)) {
      rngSeed(static_cast<RngSource*>(r->src.data), s);
    } else {
      alignas(8) uint8_t args[16] = {};
      at<int64_t>(args, 0) = s;
      callSource(r->src, 1, args);
    }
    r->readPos = 0;
  }
  uint32_t uint32() { return uint32_t(int63() >> 31); }
  int32_t int31() { return int32_t(int63() >> 32); }
  int64_t int63n(int64_t n) {
    if ((n & (n - 1)) == 0) return int63() & (n - 1);
    int64_t max = int64_t((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % uint64_t(n));
    int64_t v = int63();
    while (v > max) v = int63();
    return v % n;
  }
  int32_t int31n(int32_t n) {
    if ((n & (n - 1)) == 0) return int31() & (n - 1);
    int32_t max = int32_t((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % uint32_t(n));
    int32_t v = int31();
    while (v > max) v = int31();
    return v % n;
  }
  // Shuffle's unexported int31n: multiply-shift with rejection of the low part.
  int32_t int31nLemire(int32_t n) {
    uint32_t v = uint32();
    uint64_t prod = uint64_t(v) * uint64_t(n);
    uint32_t low = uint32_t(prod);
    if (low < uint32_t(n)) {
      uint32_t thresh = uint32_t(-n) % uint32_t(n);
      while (low < thresh) {
        v = uint32();
        prod = uint64_t(v) * uint64_t(n);
        low = uint32_t(prod);
      }
    }
    return int32_t(prod >> 32);
  }
  int64_t intn(int64_t n) { return n <= kInt32Max ? int64_t(int31n(int32_t(n))) : int63n(n); }
  double float64() {
    for (;;) {
      double f = double(int63()) / 9223372036854775808.0;
      if (f != 1) return f;
    }
  }
  float float32() {
    for (;;) {
      float f = float(float64());
      if (f != 1) return f;
    }
  }
};

// Natives are generated for both forms: the top-level function (args from 0)
// and the *Rand method (receiver word after params and results).
template <int64_t RecvOff>
bool gen(rt::G*, uint8_t* a, Gen* g) {
  if constexpr (RecvOff < 0) {
    g->rng = globalSource();
    return true;
  } else {
    g->r = at<RandObj*>(a, RecvOff);
    if (!g->r || !g->r->src.tab) {
      rt::setPanic(rt::makeError(rt::ErrNilDeref));
      return false;
    }
    return true;
  }
}

template <int64_t R> void Seed(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) g.seed(at<int64_t>(a, 0)); }
template <int64_t R> void Int63(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) at<int64_t>(a, 0) = g.int63(); }
template <int64_t R> void Uint32(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) at<uint64_t>(a, 0) = g.uint32(); }
template <int64_t R> void Uint64(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) at<uint64_t>(a, 0) = g.uint64(); }
template <int64_t R> void Int31(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) at<int64_t>(a, 0) = g.int31(); }
template <int64_t R> void Int(rt::G* G, uint8_t* a) {
  Gen g;
  if (gen<R>(G, a, &g)) at<int64_t>(a, 0) = int64_t(uint64_t(g.int63()) << 1 >> 1);
}
template <int64_t R> void Int63n(rt::G* G, uint8_t* a) {
  Gen g;
  int64_t n = at<int64_t>(a, 0);
  if (!gen<R>(G, a, &g)) return;
  if (n <= 0) return panicString(G, "invalid argument to Int63n");
  at<int64_t>(a, 8) = g.int63n(n);
}
template <int64_t R> void Int31n(rt::G* G, uint8_t* a) {
  Gen g;
  int32_t n = int32_t(at<int64_t>(a, 0));
  if (!gen<R>(G, a, &g)) return;
  if (n <= 0) return panicString(G, "invalid argument to Int31n");
  at<int64_t>(a, 8) = g.int31n(n);
}
template <int64_t R> void Intn(rt::G* G, uint8_t* a) {
  Gen g;
  int64_t n = at<int64_t>(a, 0);
  if (!gen<R>(G, a, &g)) return;
  if (n <= 0) return panicString(G, "invalid argument to Intn");
  at<int64_t>(a, 8) = g.intn(n);
}
template <int64_t R> void Float64(rt::G* G, uint8_t* a) { Gen g; if (gen<R>(G, a, &g)) at<double>(a, 0) = g.float64(); }
template <int64_t R> void Float32(rt::G* G, uint8_t* a) {
  Gen g;
  if (!gen<R>(G, a, &g)) return;
  float f = g.float32();
  at<uint64_t>(a, 0) = 0;
  std::memcpy(a, &f, sizeof f);  // float32 in the low 4 bytes of its slot
}
template <int64_t R> void Perm(rt::G* G, uint8_t* a) {
  Gen g;
  int64_t n = at<int64_t>(a, 0);
  if (!gen<R>(G, a, &g)) return;
  void* p = rt::makeslice(types::Int, n, n);
  if (!p) return;  // makeslice set "len out of range", as make([]int, n) in Perm
  rt::GoSlice s{p, n, n};
  auto* m = static_cast<int64_t*>(p);
  for (int64_t i = 0; i < n; i++) {
    int64_t j = g.intn(i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  at<rt::GoSlice>(a, 8) = s;
}
template <int64_t R> void Shuffle(rt::G* G, uint8_t* a) {
  Gen g;
  int64_t n = at<int64_t>(a, 0);
  auto* swap = at<rt::FuncVal*>(a, 8);
  if (!gen<R>(G, a, &g)) return;
  if (n < 0) return panicString(G, "invalid argument to Shuffle");
  auto call = [&](int64_t i, int64_t j) {
    if (!swap) {
      rt::setPanic(rt::makeError(rt::ErrNilDeref));
      return false;
    }
    alignas(8) uint8_t args[16] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    callFunc(swap, args, 16);
    return true;
  };
  int64_t i = n - 1;
  for (; i > int64_t(kInt32Max) - 1; i--)
    if (!call(i, g.int63n(i + 1))) return;
  for (; i > 0; i--)
    if (!call(i, g.int31nLemire(int32_t(i + 1)))) return;
}
// Read: 7 bytes from each Int63, the leftover kept in readVal/readPos.
template <int64_t R> void Read(rt::G* G, uint8_t* a) {
  Gen g;
  rt::GoSlice p = at<rt::GoSlice>(a, 0);
  if (!gen<R>(G, a, &g)) return;
  int64_t* val = g.r ? &g.r->readVal : &gReadVal;
  int8_t* pos = g.r ? &g.r->readPos : &gReadPos;
  auto* b = static_cast<uint8_t*>(p.ptr);
  for (int64_t n = 0; n < p.len; n++) {
    if (*pos == 0) {
      *val = g.int63();
      *pos = 7;
    }
    b[n] = uint8_t(*val);
    *val >>= 8;
    (*pos)--;
  }
  at<int64_t>(a, 24) = p.len;
  at<rt::Iface>(a, 32) = rt::Iface{};
}

// ---- sources and New
void rngSource_Int63(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rngInt63(at<RngSource*>(a, 8)); }
void rngSource_Uint64(rt::G*, uint8_t* a) { at<uint64_t>(a, 0) = rngUint64(at<RngSource*>(a, 8)); }
void rngSource_Seed(rt::G*, uint8_t* a) { rngSeed(at<RngSource*>(a, 8), at<int64_t>(a, 0)); }

void rand_NewSource(rt::G*, uint8_t* a) {
  static rt::Itab* tab = [] {
    // Codegen made Protos only for the methods the program mentions.
    for (Method& m : tc::stdlib::randRngSourcePtr->elem->methods) cg::protoOf(m.fn);
    return rt::getitab(tc::stdlib::randSource, tc::stdlib::randRngSourcePtr, false);
  }();
  auto* rng = static_cast<RngSource*>(rt::mallocgc(sizeof(RngSource), tc::stdlib::randRngSourcePtr->elem, false));
  rngSeed(rng, at<int64_t>(a, 0));
  at<rt::Iface>(a, 8) = rt::Iface{tab, rng};
}
void rand_New(rt::G*, uint8_t* a) {
  rt::Iface src = at<rt::Iface>(a, 0);
  auto* r = static_cast<RandObj*>(rt::mallocgc(sizeof(RandObj), tc::stdlib::randRand, true));
  r->src = src;
  if (src.tab) {
    if (isRng(src)) {
      static rt::Itab* tab64 = rt::getitab(tc::stdlib::randSource64, tc::stdlib::randRngSourcePtr, false);
      r->s64 = rt::Iface{tab64, src.data};
    } else if (rt::Itab* t = rt::assertE2I2(tc::stdlib::randSource64, src.tab->type)) {
      r->s64 = rt::Iface{t, src.data};
    }
  }
  at<RandObj*>(a, 16) = r;
}

}  // namespace

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

void registerRandNatives() {
  using namespace stdlib;
  static const std::pair<const char*, NativeFn> fns[] = {
      {"rand.NewSource", rand_NewSource},
      {"rand.New", rand_New},
      {"rand.(*rngSource).Int63", rngSource_Int63},
      {"rand.(*rngSource).Uint64", rngSource_Uint64},
      {"rand.(*rngSource).Seed", rngSource_Seed},
#define RAND_FN(name, recv)                       \
  {"rand." #name, name<-1>}, {"rand.(*Rand)." #name, name<recv>},
      RAND_FN(Seed, 8) RAND_FN(Int63, 8) RAND_FN(Uint32, 8) RAND_FN(Uint64, 8) RAND_FN(Int31, 8)
      RAND_FN(Int, 8) RAND_FN(Int63n, 16) RAND_FN(Int31n, 16) RAND_FN(Intn, 16) RAND_FN(Float64, 8)
      RAND_FN(Float32, 8) RAND_FN(Perm, 32) RAND_FN(Shuffle, 16) RAND_FN(Read, 48)
#undef RAND_FN
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm
