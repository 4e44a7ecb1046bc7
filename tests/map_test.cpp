// Unit tests of Go's hash map (src/runtime/map.*) and type algorithms (alg.*).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/alg.h"
#include "runtime/error.h"
#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/string.h"

using namespace minigo;
using namespace minigo::rt;

static Type* mapOf(Type* k, Type* v) {
  initUniverse();
  Type* t = newMap(k, v);
  calcSize(t);
  return t;
}

template <class K, class V>
static void put(const MapType* t, hmap* h, K k, V v) {
  void* e = mapassign(t, h, &k);
  ASSERT_NE(e, nullptr);
  memcpy(e, &v, sizeof v);
}
template <class K>
static bool has(const MapType* t, hmap* h, K k) {
  bool ok;
  mapaccess2(t, h, &k, &ok);
  return ok;
}
template <class V, class K>
static V get(const MapType* t, hmap* h, K k) {
  V v;
  memcpy(&v, mapaccess1(t, h, &k), sizeof v);
  return v;
}

TEST(Map, IntKeysGrowAndShrink) {
  initUniverse();
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 100000; i++) put(t, h, i, i * 3);
  EXPECT_EQ(maplen(h), 100000);
  EXPECT_GE(h->B, 14);  // 100000 / 6.5 buckets at least
  for (int64_t i = 0; i < 100000; i++) ASSERT_EQ(get<int64_t>(t, h, i), i * 3);
  EXPECT_FALSE(has(t, h, int64_t(-1)));
  EXPECT_EQ(get<int64_t>(t, h, int64_t(100000)), 0);  // zero value
  for (int64_t i = 0; i < 100000; i += 2) ASSERT_TRUE(mapdelete(t, h, &i));
  EXPECT_EQ(maplen(h), 50000);
  for (int64_t i = 0; i < 100000; i++) ASSERT_EQ(has(t, h, i), i % 2 == 1) << i;
  // Overwrite keeps the count.
  put(t, h, int64_t(1), int64_t(7));
  EXPECT_EQ(maplen(h), 50000);
  EXPECT_EQ(get<int64_t>(t, h, int64_t(1)), 7);
}

TEST(Map, MakemapHintSizesTable) {
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  EXPECT_EQ(makemap(t, 8)->B, 0);
  EXPECT_EQ(makemap(t, 9)->B, 1);
  EXPECT_EQ(makemap(t, 1000)->B, 8);
  EXPECT_EQ(makemap(t, -5)->B, 0);  // Go treats a bad hint as 0
  EXPECT_EQ(makemap(t, int64_t(1) << 62)->B, 0);
}

static std::vector<int64_t> iterateKeys(const MapType* t, hmap* h) {
  std::vector<int64_t> keys;
  hiter it{};
  for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) keys.push_back(*static_cast<int64_t*>(it.key));
  return keys;
}

TEST(Map, IterationSeesEachEntryOnce) {
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 1000; i++) put(t, h, i, i);
  auto keys = iterateKeys(t, h);
  std::set<int64_t> uniq(keys.begin(), keys.end());
  EXPECT_EQ(keys.size(), 1000u);
  EXPECT_EQ(uniq.size(), 1000u);
  // Randomized start: two iterations rarely agree on the first key.
  int differ = 0;
  for (int r = 0; r < 20; r++) differ += iterateKeys(t, h)[0] != keys[0];
  EXPECT_GT(differ, 0);
  EXPECT_TRUE(iterateKeys(t, nullptr).empty());
}

TEST(Map, InsertDuringIterationWithEvacuation) {
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  for (int round = 0; round < 20; round++) {
    hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < 200; i++) put(t, h, i, i);
    std::map<int64_t, int> seen;
    hiter it{};
    int n = 0;
    for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      seen[k]++;
      ASSERT_EQ(*static_cast<int64_t*>(it.elem), k);
      // Insert new keys while iterating: forces growth and evacuation.
      if (n++ < 100)
        for (int64_t j = 0; j < 30; j++) put(t, h, 1000000 + n * 100 + j, 1000000 + n * 100 + j);
    }
    for (int64_t i = 0; i < 200; i++) ASSERT_EQ(seen[i], 1) << "old key " << i << " round " << round;
    for (auto& [k, c] : seen) ASSERT_EQ(c, 1) << k;
    EXPECT_EQ(maplen(h), 200 + 100 * 30);
  }
}

TEST(Map, DeleteDuringIteration) {
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  for (int round = 0; round < 20; round++) {
    hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < 500; i++) put(t, h, i, i);
    std::set<int64_t> seen, deleted;
    hiter it{};
    for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      ASSERT_FALSE(deleted.count(k)) << "deleted key produced";
      ASSERT_TRUE(seen.insert(k).second);
      // Delete some keys not reached yet (and the current one).
      for (int64_t d = (k * 7) % 500; d < 500; d += 97)
        if (!seen.count(d) && deleted.insert(d).second) mapdelete(t, h, &d);
      mapdelete(t, h, &k);
    }
    EXPECT_EQ(seen.size() + deleted.size(), 500u);
    EXPECT_EQ(maplen(h), 0);
  }
}

// Every key hashes alike: one long overflow chain, same-size growths.
static uint64_t constHash(const void*, uint64_t, const Type*) { return 0x1234567890abcdefull; }

TEST(Map, ManyCollidingKeys) {
  MapType ct = *maptypeOf(mapOf(types::Int, types::Int));
  ct.hasher = constHash;
  const MapType* t = &ct;
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 2000; i++) put(t, h, i, -i);
  EXPECT_EQ(maplen(h), 2000);
  for (int64_t i = 0; i < 2000; i++) ASSERT_EQ(get<int64_t>(t, h, i), -i);
  for (int64_t i = 0; i < 2000; i += 3) mapdelete(t, h, &i);
  for (int64_t i = 0; i < 2000; i++) ASSERT_EQ(has(t, h, i), i % 3 != 0);
  // Refill deleted slots; lookups stay right.
  for (int64_t i = 0; i < 2000; i += 3) put(t, h, i, i);
  for (int64_t i = 0; i < 2000; i++) ASSERT_EQ(get<int64_t>(t, h, i), i % 3 ? -i : i);
  auto keys = iterateKeys(t, h);
  EXPECT_EQ(std::set<int64_t>(keys.begin(), keys.end()).size(), 2000u);
}

TEST(Map, FloatKeysNaNAndSignedZero) {
  const MapType* t = maptypeOf(mapOf(types::Float64, types::Int));
  EXPECT_FALSE(t->reflexivekey);
  EXPECT_TRUE(t->needkeyupdate);
  hmap* h = makemap(t, 0);
  double nan = NAN;
  put(t, h, nan, int64_t(1));
  put(t, h, nan, int64_t(2));
  put(t, h, nan, int64_t(3));
  EXPECT_EQ(maplen(h), 3);  // NaN != NaN: three entries
  EXPECT_FALSE(has(t, h, nan));
  put(t, h, -0.0, int64_t(10));
  put(t, h, 0.0, int64_t(11));
  EXPECT_EQ(maplen(h), 4);  // +0 == -0: one entry
  EXPECT_EQ(get<int64_t>(t, h, -0.0), 11);
  // The key was updated to the last one assigned (+0).
  int nans = 0;
  hiter it{};
  for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) {
    double k = *static_cast<double*>(it.key);
    if (k != k) nans++;
    else {
      EXPECT_FALSE(std::signbit(k));
    }
  }
  EXPECT_EQ(nans, 3);
  // Growth with NaN keys and an iterator active keeps them all.
  for (int64_t i = 0; i < 1000; i++) put(t, h, double(i) + 0.5, i);
  nans = 0;
  for (mapiterinit(t, h, &it); it.key; mapiternext(&it)) nans += *static_cast<double*>(it.key) != *static_cast<double*>(it.key);
  EXPECT_EQ(nans, 3);
  EXPECT_TRUE(mapdelete(t, h, &nan));  // deleting NaN finds nothing
  EXPECT_EQ(maplen(h), 1004);
}

TEST(Map, StringKeys) {
  const MapType* t = maptypeOf(mapOf(types::String, types::Int));
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 5000; i++) put(t, h, gostring("key" + std::to_string(i)), i);
  for (int64_t i = 0; i < 5000; i++) ASSERT_EQ(get<int64_t>(t, h, gostring("key" + std::to_string(i))), i);
  EXPECT_FALSE(has(t, h, gostring("key")));
  EXPECT_FALSE(has(t, h, gostring("")));
  put(t, h, gostring(""), int64_t(-1));
  EXPECT_EQ(get<int64_t>(t, h, GoString{nullptr, 0}), -1);
}

TEST(Map, StructArrayComplexKeys) {
  initUniverse();
  // struct{ a int8; s string; f float32 } has padding and non-memory fields.
  Type* st = newStruct({Field{"a", types::Int8}, Field{"s", types::String}, Field{"f", types::Float32}});
  calcSize(st);
  const MapType* t = maptypeOf(mapOf(st, types::Int));
  struct K {
    int8_t a;
    GoString s;
    float f;
  };
  ASSERT_EQ(int64_t(sizeof(K)), st->size);
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 300; i++) {
    K k;
    memset(&k, 0xcc, sizeof k);  // garbage padding must not matter
    k.a = int8_t(i % 7);
    k.s = gostring(std::to_string(i));
    k.f = i % 2 ? -0.0f : 0.0f;
    put(t, h, k, i);
  }
  EXPECT_EQ(maplen(h), 300);
  for (int64_t i = 0; i < 300; i++) {
    K k;
    memset(&k, 0x11, sizeof k);
    k.a = int8_t(i % 7);
    k.s = gostring(std::to_string(i));
    k.f = 0.0f;
    ASSERT_EQ(get<int64_t>(t, h, k), i);
  }
  // [3]int16 keys (plain memory) and complex128 keys.
  Type* at = newArray(types::Int16, 3);
  calcSize(at);
  const MapType* ta = maptypeOf(mapOf(at, types::Bool));
  hmap* ha = makemap(ta, 0);
  int16_t a1[3] = {1, 2, 3}, a2[3] = {1, 2, 4};
  memcpy(mapassign(ta, ha, a1), "\1", 1);
  bool ok;
  mapaccess2(ta, ha, a1, &ok);
  EXPECT_TRUE(ok);
  mapaccess2(ta, ha, a2, &ok);
  EXPECT_FALSE(ok);
  const MapType* tc = maptypeOf(mapOf(types::Complex128, types::Int));
  hmap* hc = makemap(tc, 0);
  struct C128 {
    double re, im;
  } c1{1, -0.0}, c2{1, 0.0};
  put(tc, hc, c1, int64_t(5));
  EXPECT_EQ(get<int64_t>(tc, hc, c2), 5);
}

TEST(Map, InterfaceKeys) {
  initUniverse();
  const MapType* t = maptypeOf(mapOf(types::Any, types::Int));
  EXPECT_TRUE(t->hashMayFail);
  hmap* h = makemap(t, 0);
  int64_t* one = static_cast<int64_t*>(mallocgc(8, nullptr, true));
  *one = 1;
  int64_t* one2 = static_cast<int64_t*>(mallocgc(8, nullptr, true));
  *one2 = 1;
  GoString* s = static_cast<GoString*>(mallocgc(sizeof(GoString), nullptr, true));
  *s = gostring("1");
  Eface ki{types::Int, one}, ki2{types::Int, one2}, ks{types::String, s}, knil{nullptr, nullptr};
  put(t, h, ki, int64_t(10));
  put(t, h, ks, int64_t(20));
  put(t, h, knil, int64_t(30));
  EXPECT_EQ(maplen(h), 3);
  EXPECT_EQ(get<int64_t>(t, h, ki2), 10);  // equal dynamic values, different boxes
  EXPECT_EQ(get<int64_t>(t, h, ks), 20);
  EXPECT_EQ(get<int64_t>(t, h, knil), 30);
  // Pointer-shaped dynamic type: the data word is the value.
  Type* pi = newPtr(types::Int);
  calcSize(pi);
  Eface kp{pi, one};
  put(t, h, kp, int64_t(40));
  EXPECT_EQ(get<int64_t>(t, h, kp), 40);
  EXPECT_FALSE(has(t, h, Eface{pi, one2}));
  // Unhashable dynamic type: every operation reports the error.
  Type* sl = newSlice(types::Int);
  calcSize(sl);
  GoSlice* sv = static_cast<GoSlice*>(mallocgc(sizeof(GoSlice), nullptr, true));
  *sv = GoSlice{nullptr, 0, 0};
  Eface ksl{sl, sv};
  EXPECT_EQ(mapassign(t, h, &ksl), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: hash of unhashable type []int");
  EXPECT_EQ(mapaccess1(t, h, &ksl), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: hash of unhashable type []int");
  EXPECT_FALSE(mapdelete(t, h, &ksl));
  EXPECT_TRUE(hasPendingError());
  takePendingError();
  EXPECT_EQ(mapaccess1(t, nullptr, &ksl), nullptr);  // even on a nil map, as in Go
  EXPECT_EQ(takePendingError().code, ErrUnhashable);
  // Equality of interfaces holding uncomparable values.
  EXPECT_FALSE(efaceeq(&ksl, &ksl));
  EXPECT_EQ(takePendingError().text(), "runtime error: comparing uncomparable type []int");
  EXPECT_TRUE(efaceeq(&ki, &ki2));
  EXPECT_FALSE(efaceeq(&ki, &ks));
  EXPECT_FALSE(hasPendingError());
}

TEST(Map, LargeKeysAndElemsAreIndirect) {
  initUniverse();
  Type* big = newArray(types::Int64, 40);  // 320 bytes
  calcSize(big);
  const MapType* t = maptypeOf(mapOf(big, big));
  EXPECT_TRUE(t->indirectkey);
  EXPECT_TRUE(t->indirectelem);
  hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 500; i++) {
    int64_t k[40] = {}, v[40] = {};
    k[39] = i;
    v[0] = i * 2;
    memcpy(mapassign(t, h, k), v, sizeof v);
  }
  for (int64_t i = 0; i < 500; i++) {
    int64_t k[40] = {};
    k[39] = i;
    ASSERT_EQ(static_cast<int64_t*>(mapaccess1(t, h, k))[0], i * 2);
  }
  int64_t k[40] = {};
  k[39] = 1000;
  int64_t* z = static_cast<int64_t*>(mapaccess1(t, h, k));
  for (int i = 0; i < 40; i++) EXPECT_EQ(z[i], 0);
}

TEST(Map, NilMapAndClear) {
  const MapType* t = maptypeOf(mapOf(types::Int, types::Int));
  int64_t k = 5;
  EXPECT_EQ(get<int64_t>(t, nullptr, k), 0);
  EXPECT_FALSE(has(t, nullptr, k));
  EXPECT_TRUE(mapdelete(t, nullptr, &k));
  EXPECT_EQ(mapassign(t, nullptr, &k), nullptr);
  EXPECT_EQ(takePendingError().text(), "assignment to entry in nil map");
  hmap* h = makemap_small();
  for (int64_t i = 0; i < 1000; i++) put(t, h, i, i);
  mapclear(t, h);
  EXPECT_EQ(maplen(h), 0);
  EXPECT_TRUE(iterateKeys(t, h).empty());
  for (int64_t i = 0; i < 1000; i++) ASSERT_FALSE(has(t, h, i));
  put(t, h, int64_t(3), int64_t(4));
  EXPECT_EQ(get<int64_t>(t, h, int64_t(3)), 4);
  EXPECT_EQ(maplen(h), 1);
}

TEST(Alg, HashesSpreadAndAgree) {
  initUniverse();
  std::set<uint64_t> hs;
  for (int64_t i = 0; i < 10000; i++) hs.insert(typehash(types::Int, &i, 42) >> 56);
  EXPECT_EQ(hs.size(), 256u);  // top bytes (tophash) cover every value
  double z = 0.0, nz = -0.0;
  EXPECT_EQ(typehash(types::Float64, &z, 1), typehash(types::Float64, &nz, 1));
  GoString a = gostring("hello"), b = gostring("hello");
  EXPECT_EQ(typehash(types::String, &a, 9), typehash(types::String, &b, 9));
  EXPECT_NE(typehash(types::String, &a, 9), typehash(types::String, &a, 10));
  EXPECT_TRUE(typeequal(types::String, &a, &b));
  for (uintptr_t n = 0; n < 64; n++) {  // every length path of memhash
    std::string s(n, 'x');
    std::string t2 = s;
    if (n) t2[n / 2] = 'y';
    EXPECT_EQ(memhash(s.data(), 3, n), memhash(std::string(s).data(), 3, n));
    if (n) EXPECT_NE(memhash(s.data(), 3, n), memhash(t2.data(), 3, n)) << n;
  }
  Type* fn = newFunc({}, {}, false);
  calcSize(fn);
  EXPECT_EQ(getAlg(fn).hash, nullptr);
}
