// map.h — Go's hash map, after runtime/map.go (Go 1.19).
//
// A map value is an hmap* (8 bytes; nil map = nullptr). The table is 2^B
// buckets of bucketCnt (8) entries: 8 tophash bytes, then 8 keys, then 8
// elems, then an overflow-bucket pointer. Keys/elems larger than 128 bytes
// are stored indirectly (a pointer in the slot). The map grows when the
// load factor 6.5 is exceeded (to 2^(B+1)) or when there are too many
// overflow buckets (same size), and evacuates old buckets incrementally,
// two per mapassign/mapdelete. hash0 is a per-map random seed; iteration
// starts at a random bucket and offset; iterating while inserting/deleting
// follows the spec (deleted entries not reached are not produced; entries
// added may or may not be).
//
// The per-type information (Go's maptype) is a MapType built once per map
// Type by maptypeOf; the VM can resolve it at codegen time and pass it to
// every call.
#pragma once

#include <cstdint>

#include "runtime/alg.h"

namespace minigo {
struct Type;
}

namespace minigo::rt {

constexpr int bucketCntBits = 3;
constexpr int bucketCnt = 1 << bucketCntBits;
constexpr int loadFactorNum = 13;  // 6.5 = 13/2
constexpr int loadFactorDen = 2;
constexpr int maxKeySize = 128;
constexpr int maxElemSize = 128;
constexpr uintptr_t dataOffset = 8;  // keys start after the tophash bytes

// tophash values below minTopHash mark cell/bucket states.
constexpr uint8_t emptyRest = 0;       // this cell and all after it (incl. overflow) are empty
constexpr uint8_t emptyOne = 1;        // this cell is empty
constexpr uint8_t evacuatedX = 2;      // entry moved to the first half of the new table
constexpr uint8_t evacuatedY = 3;      // ... to the second half
constexpr uint8_t evacuatedEmpty = 4;  // cell empty, bucket evacuated
constexpr uint8_t minTopHash = 5;

// hmap flags
constexpr uint8_t iterator = 1;      // there may be an iterator using buckets
constexpr uint8_t oldIterator = 2;   // there may be an iterator using oldbuckets
constexpr uint8_t hashWriting = 4;   // a goroutine is writing to the map
constexpr uint8_t sameSizeGrow = 8;  // the current growth is to a same-size map

enum : uint8_t { keyGeneric, keyFast32, keyFast64, keyFastStr };

struct MapType {
  Type* type = nullptr;   // the map type
  Type* key = nullptr;
  Type* elem = nullptr;
  HashFn hasher = nullptr;
  EqualFn equal = nullptr;
  uint8_t keysize = 0;      // size of a key slot (8 when indirect)
  uint8_t elemsize = 0;     // size of an elem slot (8 when indirect)
  uint16_t bucketsize = 0;  // size of a bucket
  bool indirectkey = false;
  bool indirectelem = false;
  bool reflexivekey = true;   // k == k for all keys
  bool needkeyupdate = false; // overwrite the key on assignment (±0, strings)
  bool hashMayFail = false;   // interface keys: hashing may set pendingError
  uint8_t fastKey = 0;        // keyFast*: keys compared inline (Go's mapaccess1_fast64/faststr)
  Type* bucketType = nullptr; // the bucket as a struct type (mallocgc's type record)
  const void* zero = nullptr; // a zero elem (mapaccess1's result for a missing key)
};
// The MapType of a map type (cached; t->kind == TMAP).
const MapType* maptypeOf(Type* t);

struct bmap {
  uint8_t tophash[bucketCnt];
  // keys, elems and the overflow pointer follow (see MapType)
};

struct mapextra {
  // Unused overflow buckets preallocated with the bucket array.
  bmap* nextOverflow = nullptr;
};

struct hmap {
  int64_t count = 0;     // live entries: len(m)
  uint8_t flags = 0;
  uint8_t B = 0;         // log2 of the number of buckets
  uint16_t noverflow = 0;  // approximate number of overflow buckets
  uint32_t hash0 = 0;    // hash seed
  bmap* buckets = nullptr;     // 2^B buckets (nil when count == 0 and not yet allocated)
  bmap* oldbuckets = nullptr;  // previous bucket array while growing
  uintptr_t nevacuate = 0;     // buckets below this are evacuated
  mapextra* extra = nullptr;
};

// Go's hiter: keep key and elem first (the VM reads them); key == nullptr
// means the iteration is over. Zero it before mapiterinit.
struct hiter {
  void* key;
  void* elem;
  const MapType* t;
  hmap* h;
  bmap* buckets;   // bucket array at mapiterinit time
  bmap* bptr;      // current bucket
  void* overflow_unused[2];  // Go's overflow/oldoverflow keep-alives (unused: buckets are scanned)
  uintptr_t startBucket;
  uint8_t offset;  // intra-bucket start offset
  bool wrapped;    // already wrapped around from the end of the array to the beginning
  uint8_t B;
  uint8_t i;
  uintptr_t bucket;
  uintptr_t checkBucket;
};

// make(map[k]v, hint). As in Go, a negative or too large hint is treated
// as 0 (no panic).
hmap* makemap(const MapType* t, int64_t hint);
hmap* makemap_small();

// m[key]: pointer to the elem, or to a zero value when absent (never null,
// except: hashing the key failed → nullptr with pendingError set).
void* mapaccess1(const MapType* t, hmap* h, const void* key);
// v, ok := m[key]: *ok receives presence. nullptr only on hash failure.
void* mapaccess2(const MapType* t, hmap* h, const void* key, bool* ok);
// m[key] = ...: the elem slot to store into (zeroed for a new key).
// nullptr with pendingError set: nil map ("assignment to entry in nil map")
// or hashing failed.
void* mapassign(const MapType* t, hmap* h, const void* key);
// delete(m, key). False only when hashing failed (pendingError set).
bool mapdelete(const MapType* t, hmap* h, const void* key);
// clear all entries (for the "for k := range m { delete(m, k) }" idiom).
void mapclear(const MapType* t, hmap* h);

// for k, v := range m: it->key / it->elem point at the current entry, or
// it->key == nullptr at the end. `it` must be zeroed first.
void mapiterinit(const MapType* t, hmap* h, hiter* it);
void mapiternext(hiter* it);

inline int64_t maplen(const hmap* h) { return h ? h->count : 0; }

// Pointer to a zero value at least as large as any map elem (mapaccess1 of
// a missing key). Read-only.
extern const uint8_t zeroVal[];
constexpr uintptr_t zeroValSize = 1024;

}  // namespace minigo::rt
