// map.cpp — Go's hash map (runtime/map.go, Go 1.19), see map.h.
#include "runtime/map.h"

#include <cstring>
#include <unordered_map>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/value.h"

namespace minigo::rt {

alignas(16) const uint8_t zeroVal[zeroValSize] = {};

// ---- runtime-built types (for mallocgc's per-object type record) ---------------

static Type* rtType(Kind k, int64_t size, int64_t align, bool ptrs) {
  Type* t = new Type;
  t->kind = k;
  t->size = size;
  t->align = align;
  t->hasPointers = ptrs;
  return t;
}
static Type* rtArray(Type* elem, int64_t n) {
  Type* t = rtType(TARRAY, elem->size * n, elem->align, n > 0 && elem->hasPointers);
  t->elem = elem;
  t->len = n;
  return t;
}
static Type* rtField(Type* st, const char* name, Type* ft, int64_t off) {
  Field f;
  f.name = name;
  f.type = ft;
  f.offset = off;
  st->fields.push_back(f);
  return st;
}
static Type* unsafePtrType() {
  static Type* t = rtType(TUNSAFEPTR, 8, 8, true);
  return t;
}
static Type* uint8Type() {
  static Type* t = rtType(TUINT8, 1, 1, false);
  return t;
}

// hmap as a struct type: only buckets, oldbuckets and extra hold pointers.
static Type* hmapType() {
  static Type* t = [] {
    static_assert(sizeof(hmap) == 48, "hmap must keep Go's layout");
    Type* h = rtType(TSTRUCT, sizeof(hmap), 8, true);
    h->sym = "hmap";
    rtField(h, "buckets", unsafePtrType(), offsetof(hmap, buckets));
    rtField(h, "oldbuckets", unsafePtrType(), offsetof(hmap, oldbuckets));
    rtField(h, "extra", unsafePtrType(), offsetof(hmap, extra));
    return h;
  }();
  return t;
}
static Type* mapextraType() {
  static Type* t = [] {
    Type* e = rtType(TSTRUCT, sizeof(mapextra), 8, true);
    e->sym = "mapextra";
    rtField(e, "nextOverflow", unsafePtrType(), 0);
    return e;
  }();
  return t;
}

static MapType* buildMapType(Type* mt) {
  MapType* t = new MapType;
  t->type = mt;
  t->key = mt->key;
  t->elem = mt->elem;
  const TypeAlg& a = getAlg(t->key);
  t->hasher = a.hash;
  t->equal = a.equal;
  t->reflexivekey = a.reflexive;
  t->needkeyupdate = a.needKeyUpdate;
  t->hashMayFail = a.mayFail;
  if (a.memory && t->key->size == 4) t->fastKey = keyFast32;
  else if (a.memory && t->key->size == 8) t->fastKey = keyFast64;
  else if (t->key->kind == TSTRING) t->fastKey = keyFastStr;
  t->indirectkey = t->key->size > maxKeySize;
  t->indirectelem = t->elem->size > maxElemSize;
  t->keysize = uint8_t(t->indirectkey ? 8 : t->key->size);
  t->elemsize = uint8_t(t->indirectelem ? 8 : t->elem->size);
  // tophash [8]uint8; keys [8]K; elems [8]V; overflow *bmap. Every slot
  // offset is a multiple of 8, so keys and elems are aligned without padding.
  t->bucketsize = uint16_t(dataOffset + bucketCnt * (t->keysize + t->elemsize) + 8);
  Type* kslot = t->indirectkey ? unsafePtrType() : t->key;
  Type* eslot = t->indirectelem ? unsafePtrType() : t->elem;
  Type* b = rtType(TSTRUCT, t->bucketsize, 8, true);  // the overflow pointer: always scanned
  b->sym = "bmap";
  rtField(b, "tophash", rtArray(uint8Type(), bucketCnt), 0);
  rtField(b, "keys", rtArray(kslot, bucketCnt), dataOffset);
  rtField(b, "elems", rtArray(eslot, bucketCnt), dataOffset + bucketCnt * t->keysize);
  rtField(b, "overflow", unsafePtrType(), t->bucketsize - 8);
  t->bucketType = b;
  if (t->elem->size <= int64_t(zeroValSize)) t->zero = zeroVal;
  else t->zero = persistentalloc(size_t(t->elem->size));
  return t;
}

const MapType* maptypeOf(Type* mt) {
  // Never destroyed: MapTypes live as long as the program's types.
  static auto* cache = new std::unordered_map<Type*, MapType*>;
  auto it = cache->find(mt);
  if (it != cache->end()) return it->second;
  MapType* t = buildMapType(mt);
  cache->emplace(mt, t);
  return t;
}

// ---- bucket helpers ------------------------------------------------------------------

static inline uintptr_t bucketShift(uint8_t b) { return uintptr_t(1) << (b & 63); }
static inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

static inline uint8_t tophash(uint64_t hash) {
  uint8_t top = uint8_t(hash >> 56);
  if (top < minTopHash) top += minTopHash;
  return top;
}
static inline bool isEmpty(uint8_t x) { return x <= emptyOne; }
static inline bool evacuated(const bmap* b) {
  uint8_t h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}

static inline bmap* bucketAt(const MapType* t, bmap* base, uintptr_t i) {
  return reinterpret_cast<bmap*>(reinterpret_cast<uint8_t*>(base) + i * t->bucketsize);
}
static inline bmap*& overflowOf(const MapType* t, bmap* b) {
  return *reinterpret_cast<bmap**>(reinterpret_cast<uint8_t*>(b) + t->bucketsize - 8);
}
static inline uint8_t* keyAt(const MapType* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + i * t->keysize;
}
static inline uint8_t* elemAt(const MapType* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * t->keysize + i * t->elemsize;
}
// The key stored in a key slot (following the pointer when indirect).
static inline void* slotKey(const MapType* t, uint8_t* k) {
  return t->indirectkey ? *reinterpret_cast<void**>(k) : k;
}
static inline void* slotElem(const MapType* t, uint8_t* e) {
  return t->indirectelem ? *reinterpret_cast<void**>(e) : e;
}

// More than 6.5 entries per bucket on average?
static inline bool overLoadFactor(int64_t count, uint8_t B) {
  return count > bucketCnt && uint64_t(count) > loadFactorNum * (bucketShift(B) / loadFactorDen);
}
// As many overflow buckets as buckets (capped at 2^15): grow same-size to compact.
static inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= uint16_t(1) << (B & 15);
}

static inline bool growing(const hmap* h) { return h->oldbuckets != nullptr; }
static inline bool isSameSizeGrow(const hmap* h) { return h->flags & sameSizeGrow; }
static inline uintptr_t noldbuckets(const hmap* h) {
  uint8_t oldB = h->B;
  if (!isSameSizeGrow(h)) oldB--;
  return bucketShift(oldB);
}
static inline uintptr_t oldbucketmask(const hmap* h) { return noldbuckets(h) - 1; }

// noverflow counts exactly for small tables and approximately (with
// probability 1/2^(B-15)) for large ones, so it fits 16 bits.
static void incrnoverflow(hmap* h) {
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t(1) << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0) h->noverflow++;
}

static bmap* newoverflow(const MapType* t, hmap* h, bmap* b) {
  bmap* ovf;
  if (h->extra && h->extra->nextOverflow) {
    // Take a preallocated overflow bucket. The last one's overflow field
    // is non-null (points at the bucket array) to mark the end.
    ovf = h->extra->nextOverflow;
    if (overflowOf(t, ovf) == nullptr) {
      h->extra->nextOverflow = bucketAt(t, ovf, 1);
    } else {
      overflowOf(t, ovf) = nullptr;
      h->extra->nextOverflow = nullptr;
    }
  } else {
    ovf = static_cast<bmap*>(mallocgc(t->bucketsize, t->bucketType, true));
  }
  incrnoverflow(h);
  overflowOf(t, b) = ovf;
  return ovf;
}

// 2^b buckets, plus 2^(b-4) preallocated overflow buckets when b >= 4.
// dirtyalloc: reuse (and clear) that array instead of allocating.
static bmap* makeBucketArray(const MapType* t, uint8_t b, bmap* dirtyalloc, bmap** nextOverflow) {
  uintptr_t base = bucketShift(b);
  uintptr_t nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    uintptr_t sz = t->bucketsize * nbuckets;
    uintptr_t up = roundupsize(sz);
    if (up != sz) nbuckets = up / t->bucketsize;
  }
  bmap* buckets;
  if (dirtyalloc == nullptr) {
    buckets = static_cast<bmap*>(mallocgc(t->bucketsize * nbuckets, t->bucketType, true));
  } else {
    buckets = dirtyalloc;
    memset(buckets, 0, t->bucketsize * nbuckets);
  }
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    *nextOverflow = bucketAt(t, buckets, base);
    overflowOf(t, bucketAt(t, buckets, nbuckets - 1)) = buckets;
  }
  return buckets;
}

static void setNextOverflow(hmap* h, bmap* nextOverflow) {
  if (nextOverflow && !h->extra) h->extra = static_cast<mapextra*>(mallocgc(sizeof(mapextra), mapextraType(), true));
  if (h->extra) h->extra->nextOverflow = nextOverflow;
}

// ---- make ---------------------------------------------------------------------

hmap* makemap_small() {
  hmap* h = static_cast<hmap*>(mallocgc(sizeof(hmap), hmapType(), true));
  h->hash0 = fastrand();
  return h;
}

hmap* makemap(const MapType* t, int64_t hint) {
  uintptr_t mem;
  if (hint < 0 || __builtin_mul_overflow(uintptr_t(hint), uintptr_t(t->bucketsize), &mem) || mem > maxAlloc)
    hint = 0;
  hmap* h = makemap_small();
  uint8_t B = 0;
  while (overLoadFactor(hint, B)) B++;
  h->B = B;
  if (B != 0) {  // B == 0: the bucket is allocated lazily by mapassign
    bmap* nextOverflow;
    h->buckets = makeBucketArray(t, B, nullptr, &nextOverflow);
    setNextOverflow(h, nextOverflow);
  }
  return h;
}

// ---- lookup -----------------------------------------------------------------------

// The bucket chain where hash lives now: the old bucket when growing and it
// has not been evacuated yet.
static inline bmap* lookupBucket(const MapType* t, const hmap* h, uint64_t hash) {
  uintptr_t m = bucketMask(h->B);
  bmap* b = bucketAt(t, h->buckets, hash & m);
  if (bmap* c = h->oldbuckets) {
    if (!isSameSizeGrow(h)) m >>= 1;  // there used to be half as many buckets
    bmap* oldb = bucketAt(t, c, hash & m);
    if (!evacuated(oldb)) b = oldb;
  }
  return b;
}

// key == k for a stored key k; inline for the common key kinds.
static inline bool keyEqual(const MapType* t, const void* key, const void* k) {
  switch (t->fastKey) {
    case keyFast32: return *static_cast<const uint32_t*>(key) == *static_cast<const uint32_t*>(k);
    case keyFast64: return *static_cast<const uint64_t*>(key) == *static_cast<const uint64_t*>(k);
    case keyFastStr: {
      const GoString* a = static_cast<const GoString*>(key);
      const GoString* b = static_cast<const GoString*>(k);
      return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, size_t(a->len)) == 0);
    }
    default: return t->equal(key, k, t->key);
  }
}

// Finds key: its key and elem slots (elem followed if indirect), or false.
static bool mapfind(const MapType* t, const hmap* h, const void* key, uint64_t hash, void** kp, void** ep) {
  uint8_t top = tophash(hash);
  for (bmap* b = lookupBucket(t, h, hash); b; b = overflowOf(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest) return false;
        continue;
      }
      void* k = slotKey(t, keyAt(t, b, i));
      if (keyEqual(t, key, k)) {
        *kp = k;
        *ep = slotElem(t, elemAt(t, b, i));
        return true;
      }
    }
  }
  return false;
}

// Hashes key with h's seed; false (pendingError set) for unhashable interface values.
static inline bool hashKey(const MapType* t, const hmap* h, const void* key, uint64_t* hash) {
  *hash = t->hasher(key, h ? h->hash0 : 0, t->key);
  return !(t->hashMayFail && hasPendingError());
}

void* mapaccess1(const MapType* t, hmap* h, const void* key) {
  bool ok;
  return mapaccess2(t, h, key, &ok);
}

void* mapaccess2(const MapType* t, hmap* h, const void* key, bool* ok) {
  *ok = false;
  uint64_t hash;
  if (h == nullptr || h->count == 0) {
    // Go still hashes the key so that m[k] panics for unhashable k.
    if (t->hashMayFail && !hashKey(t, h, key, &hash)) return nullptr;
    return const_cast<void*>(t->zero);
  }
  if (!hashKey(t, h, key, &hash)) return nullptr;
  void *k, *e;
  if (mapfind(t, h, key, hash, &k, &e)) {
    *ok = true;
    return e;
  }
  return const_cast<void*>(t->zero);
}

// ---- growth and evacuation ------------------------------------------------------------

static void hashGrow(const MapType* t, hmap* h) {
  // Over the load factor: double. Otherwise too many overflow buckets: same size.
  uint8_t bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  bmap* oldbuckets = h->buckets;
  bmap* nextOverflow;
  bmap* newbuckets = makeBucketArray(t, uint8_t(h->B + bigger), nullptr, &nextOverflow);
  uint8_t flags = h->flags & ~(iterator | oldIterator);
  if (h->flags & iterator) flags |= oldIterator;  // running iterators now walk oldbuckets
  h->B += bigger;
  h->flags = flags;
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;
  setNextOverflow(h, nextOverflow);
  // The actual copying is done incrementally by growWork.
}

struct evacDst {
  bmap* b;     // destination bucket
  uintptr_t i; // next slot in b
  uint8_t* k;
  uint8_t* e;
};

static void advanceEvacuationMark(hmap* h, const MapType* t, uintptr_t newbit) {
  h->nevacuate++;
  uintptr_t stop = h->nevacuate + 1024;  // bound the work per call
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && evacuated(bucketAt(t, h->oldbuckets, h->nevacuate))) h->nevacuate++;
  if (h->nevacuate == newbit) {  // growth is done
    h->oldbuckets = nullptr;
    h->flags &= ~sameSizeGrow;
  }
}

static void evacuate(const MapType* t, hmap* h, uintptr_t oldbucket) {
  bmap* b = bucketAt(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    // x: same index in the new array; y: index + newbit (doubling only).
    evacDst xy[2];
    xy[0].b = bucketAt(t, h->buckets, oldbucket);
    xy[0].i = 0;
    xy[0].k = keyAt(t, xy[0].b, 0);
    xy[0].e = elemAt(t, xy[0].b, 0);
    if (!isSameSizeGrow(h)) {
      xy[1].b = bucketAt(t, h->buckets, oldbucket + newbit);
      xy[1].i = 0;
      xy[1].k = keyAt(t, xy[1].b, 0);
      xy[1].e = elemAt(t, xy[1].b, 0);
    }
    for (; b; b = overflowOf(t, b)) {
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        uint8_t top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        uint8_t* k = keyAt(t, b, i);
        uint8_t* e = elemAt(t, b, i);
        void* k2 = slotKey(t, k);
        uint8_t useY = 0;
        if (!isSameSizeGrow(h)) {
          uint64_t hash = t->hasher(k2, h->hash0, t->key);
          if ((h->flags & iterator) && !t->reflexivekey && !t->equal(k2, k2, t->key)) {
            // A NaN-like key hashes differently every time; an iterator must
            // find it in a predictable half, so the old tophash's low bit
            // decides, and a new random tophash spreads such keys.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        b->tophash[i] = uint8_t(evacuatedX + useY);
        evacDst* dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
          dst->k = keyAt(t, dst->b, 0);
          dst->e = elemAt(t, dst->b, 0);
        }
        dst->b->tophash[dst->i & (bucketCnt - 1)] = top;
        memcpy(dst->k, k, t->keysize);  // an indirect slot copies the pointer
        memcpy(dst->e, e, t->elemsize);
        dst->i++;
        dst->k += t->keysize;
        dst->e += t->elemsize;
      }
    }
    // No iterator can be walking the old bucket: drop its keys/elems (not
    // the tophash: it records the evacuation state).
    if (!(h->flags & oldIterator)) {
      bmap* ob = bucketAt(t, h->oldbuckets, oldbucket);
      memset(reinterpret_cast<uint8_t*>(ob) + dataOffset, 0, t->bucketsize - dataOffset);
    }
  }
  if (oldbucket == h->nevacuate) advanceEvacuationMark(h, t, newbit);
}

static void growWork(const MapType* t, hmap* h, uintptr_t bucket) {
  evacuate(t, h, bucket & oldbucketmask(h));  // the bucket about to be used
  if (growing(h)) evacuate(t, h, h->nevacuate);  // and one more, to make progress
}

// ---- assign / delete / clear ---------------------------------------------------------

void* mapassign(const MapType* t, hmap* h, const void* key) {
  if (h == nullptr) {
    setPanic(makeError(ErrNilMapAssign));
    return nullptr;
  }
  uint64_t hash;
  if (!hashKey(t, h, key, &hash)) return nullptr;
  if (h->buckets == nullptr) h->buckets = static_cast<bmap*>(mallocgc(t->bucketsize, t->bucketType, true));
  uint8_t top = tophash(hash);
again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* b = bucketAt(t, h->buckets, bucket);
  uint8_t* inserti = nullptr;
  uint8_t* insertk = nullptr;
  uint8_t* elem = nullptr;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && inserti == nullptr) {
          inserti = &b->tophash[i];
          insertk = keyAt(t, b, i);
          elem = elemAt(t, b, i);
        }
        if (b->tophash[i] == emptyRest) goto notfound;
        continue;
      }
      void* k = slotKey(t, keyAt(t, b, i));
      if (!keyEqual(t, key, k)) continue;
      // Already present: update the key too when == keys may differ (+0/-0, strings).
      if (t->needkeyupdate) memcpy(k, key, size_t(t->key->size));
      return slotElem(t, elemAt(t, b, i));
    }
    bmap* ovf = overflowOf(t, b);
    if (!ovf) break;
    b = ovf;
  }
notfound:
  // Not found. Growing invalidates what was found above: start again.
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;
  }
  if (inserti == nullptr) {  // every bucket in the chain is full
    bmap* newb = newoverflow(t, h, b);
    inserti = &newb->tophash[0];
    insertk = keyAt(t, newb, 0);
    elem = elemAt(t, newb, 0);
  }
  if (t->indirectkey) {
    void* kmem = mallocgc(uintptr_t(t->key->size), t->key, true);
    *reinterpret_cast<void**>(insertk) = kmem;
    insertk = static_cast<uint8_t*>(kmem);
  }
  if (t->indirectelem) {
    void* vmem = mallocgc(uintptr_t(t->elem->size), t->elem, true);
    *reinterpret_cast<void**>(elem) = vmem;
  }
  memcpy(insertk, key, size_t(t->key->size));
  *inserti = top;
  h->count++;
  return slotElem(t, elem);
}

bool mapdelete(const MapType* t, hmap* h, const void* key) {
  uint64_t hash;
  if (h == nullptr || h->count == 0) {
    if (t->hashMayFail && !hashKey(t, h, key, &hash)) return false;
    return true;
  }
  if (!hashKey(t, h, key, &hash)) return false;
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* b = bucketAt(t, h->buckets, bucket);
  bmap* bOrig = b;
  uint8_t top = tophash(hash);
  for (; b; b = overflowOf(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest) return true;
        continue;
      }
      uint8_t* k = keyAt(t, b, i);
      if (!keyEqual(t, key, slotKey(t, k))) continue;
      // Clear the slots (indirect: just the pointer), so a reused slot reads as zero.
      memset(k, 0, t->keysize);
      memset(elemAt(t, b, i), 0, t->elemsize);
      b->tophash[i] = emptyOne;
      // If the bucket chain now ends in empty cells, mark them emptyRest so
      // lookups stop early.
      bool last;
      if (i == bucketCnt - 1) {
        bmap* ovf = overflowOf(t, b);
        last = ovf == nullptr || ovf->tophash[0] == emptyRest;
      } else {
        last = b->tophash[i + 1] == emptyRest;
      }
      if (last) {
        for (;;) {
          b->tophash[i] = emptyRest;
          if (i == 0) {
            if (b == bOrig) break;  // beginning of the chain
            bmap* c = b;  // find the previous bucket
            for (b = bOrig; overflowOf(t, b) != c; b = overflowOf(t, b)) {
            }
            i = bucketCnt - 1;
          } else {
            i--;
          }
          if (b->tophash[i] != emptyOne) break;
        }
      }
      h->count--;
      // New seed when the map empties: repeated collision attacks get harder.
      if (h->count == 0) h->hash0 = fastrand();
      return true;
    }
  }
  return true;
}

void mapclear(const MapType* t, hmap* h) {
  if (h == nullptr || h->count == 0) return;
  h->flags &= ~sameSizeGrow;
  h->oldbuckets = nullptr;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  bmap* nextOverflow;
  makeBucketArray(t, h->B, h->buckets, &nextOverflow);
  if (h->extra) h->extra->nextOverflow = nullptr;
  setNextOverflow(h, nextOverflow);
}

// ---- iteration ------------------------------------------------------------------------

static constexpr uintptr_t noCheck = uintptr_t(1) << 63;

void mapiterinit(const MapType* t, hmap* h, hiter* it) {
  it->t = t;
  it->key = it->elem = nullptr;
  if (h == nullptr || h->count == 0) return;
  it->h = h;
  it->B = h->B;
  it->buckets = h->buckets;
  // Random start bucket and in-bucket offset: programs must not depend on order.
  uintptr_t r = fastrand();
  if (h->B > 31 - bucketCntBits) r += uintptr_t(fastrand()) << 31;
  it->startBucket = r & bucketMask(h->B);
  it->offset = uint8_t((r >> h->B) & (bucketCnt - 1));
  it->bucket = it->startBucket;
  it->bptr = nullptr;
  it->wrapped = false;
  it->i = 0;
  it->checkBucket = noCheck;
  h->flags |= iterator | oldIterator;
  mapiternext(it);
}

// Finds key's current key and elem slots (for entries moved by growth).
static bool mapaccessK(const MapType* t, hmap* h, const void* key, void** kp, void** ep) {
  if (h == nullptr || h->count == 0) return false;
  uint64_t hash = t->hasher(key, h->hash0, t->key);
  return mapfind(t, h, key, hash, kp, ep);
}

void mapiternext(hiter* it) {
  hmap* h = it->h;
  const MapType* t = it->t;
  if (!h) {
    it->key = it->elem = nullptr;
    return;
  }
  uintptr_t bucket = it->bucket;
  bmap* b = it->bptr;
  uintptr_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;
next:
  if (b == nullptr) {
    if (bucket == it->startBucket && it->wrapped) {
      it->key = it->elem = nullptr;
      return;
    }
    if (growing(h) && it->B == h->B) {
      // Started during a growth that is still going: walk the old bucket
      // if not yet evacuated, keeping only the entries that belong to our
      // new bucket (the rest will be seen from their own new bucket).
      uintptr_t oldbucket = bucket & oldbucketmask(h);
      b = bucketAt(t, h->oldbuckets, oldbucket);
      if (!evacuated(b)) {
        checkBucket = bucket;
      } else {
        b = bucketAt(t, it->buckets, bucket);
        checkBucket = noCheck;
      }
    } else {
      b = bucketAt(t, it->buckets, bucket);
      checkBucket = noCheck;
    }
    bucket++;
    if (bucket == bucketShift(it->B)) {
      bucket = 0;
      it->wrapped = true;
    }
    i = 0;
  }
  for (; i < bucketCnt; i++) {
    uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
    uint8_t top = b->tophash[offi];
    if (isEmpty(top) || top == evacuatedEmpty) continue;
    void* k = slotKey(t, keyAt(t, b, offi));
    uint8_t* e = elemAt(t, b, offi);
    if (checkBucket != noCheck && !isSameSizeGrow(h)) {
      if (t->reflexivekey || t->equal(k, k, t->key)) {
        uint64_t hash = t->hasher(k, h->hash0, t->key);
        if ((hash & bucketMask(it->B)) != checkBucket) continue;
      } else {
        // NaN-like key: evacuate sends it by the tophash's low bit; do the same.
        if ((checkBucket >> (it->B - 1)) != uintptr_t(top & 1)) continue;
      }
    }
    if ((top != evacuatedX && top != evacuatedY) || !(t->reflexivekey || t->equal(k, k, t->key))) {
      // Still valid here (or a NaN-like key, which cannot be looked up again).
      it->key = k;
      it->elem = slotElem(t, e);
    } else {
      // Moved by growth since the iterator started: the current copy may
      // have been updated or deleted; look it up.
      void *rk, *re;
      if (!mapaccessK(t, h, k, &rk, &re)) continue;  // deleted
      it->key = rk;
      it->elem = re;
    }
    it->bucket = bucket;
    it->bptr = b;
    it->i = uint8_t(i + 1);
    it->checkBucket = checkBucket;
    return;
  }
  b = overflowOf(t, b);
  i = 0;
  goto next;
}

}  // namespace minigo::rt
