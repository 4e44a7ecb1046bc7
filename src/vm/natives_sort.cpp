// natives_sort.cpp — package sort. The algorithms are Go 1.19's
// (sort/zsortfunc.go: pdqsort with insertion sort below 13 elements,
// ninther pivots, xorshift pattern breaking, heapsort fallback; stable sort
// as insertion-sorted blocks of 20 merged by symMerge), so the final order of
// equal elements is the same as Go's. Less/Swap/Len of a sort.Interface and
// the less func of sort.Slice run in the interpreter through callGo.
#include <cmath>
#include <cstring>

#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

using rt::GoSlice;
using rt::GoString;

// ---- Go 1.19's algorithms over any D with bool less(i, j) and void swap(i, j).
template <class D>
void insertionSort(D& d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
}
template <class D>
void siftDown(D& d, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}
template <class D>
void heapSort(D& d, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--) siftDown(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    d.swap(first, first + i);
    siftDown(d, lo, i, first);
  }
}
int bitsLen(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }
template <class D>
void breakPatterns(D& d, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8) return;
  uint64_t random = uint64_t(length);
  uint64_t modulus = uint64_t(1) << bitsLen(uint64_t(length));
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    random ^= random << 13;
    random ^= random >> 17;
    random ^= random << 5;
    int64_t other = int64_t(random & (modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}
enum Hint { unknownHint, increasingHint, decreasingHint };
template <class D>
int64_t median(D& d, int64_t a, int64_t b, int64_t c, int* swaps) {
  auto order2 = [&](int64_t& x, int64_t& y) {
    if (d.less(y, x)) {
      ++*swaps;
      std::swap(x, y);
    }
  };
  order2(a, b);
  order2(b, c);
  order2(a, b);
  return b;
}
template <class D>
int64_t choosePivot(D& d, int64_t a, int64_t b, Hint* hint) {
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= 50) {
      i = median(d, i - 1, i, i + 1, &swaps);
      j = median(d, j - 1, j, j + 1, &swaps);
      k = median(d, k - 1, k, k + 1, &swaps);
    }
    j = median(d, i, j, k, &swaps);
  }
  *hint = swaps == 0 ? increasingHint : swaps == 12 ? decreasingHint : unknownHint;
  return j;
}
template <class D>
void reverseRange(D& d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
}
template <class D>
bool partialInsertionSort(D& d, int64_t a, int64_t b) {
  int64_t i = a + 1;
  for (int step = 0; step < 5; step++) {
    while (i < b && !d.less(i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < 50) return false;
    d.swap(i, i - 1);
    if (i - a >= 2)
      for (int64_t j = i - 1; j >= 1; j--) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    if (b - i >= 2)
      for (int64_t j = i + 1; j < b; j++) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
  }
  return false;
}
template <class D>
int64_t partitionEqual(D& d, int64_t a, int64_t b, int64_t pivot) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) i++;
    while (i <= j && d.less(a, j)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  return i;
}
template <class D>
int64_t partition(D& d, int64_t a, int64_t b, int64_t pivot, bool* already) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && d.less(i, a)) i++;
  while (i <= j && !d.less(j, a)) j--;
  if (i > j) {
    d.swap(j, a);
    *already = true;
    return j;
  }
  d.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  d.swap(j, a);
  *already = false;
  return j;
}
template <class D>
void pdqsort(D& d, int64_t a, int64_t b, int limit) {
  bool wasBalanced = true, wasPartitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= 12) return insertionSort(d, a, b);
    if (limit == 0) return heapSort(d, a, b);
    if (!wasBalanced) {
      breakPatterns(d, a, b);
      limit--;
    }
    Hint hint;
    int64_t pivot = choosePivot(d, a, b, &hint);
    if (hint == decreasingHint) {
      reverseRange(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = increasingHint;
    }
    if (wasBalanced && wasPartitioned && hint == increasingHint && partialInsertionSort(d, a, b)) return;
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot);
      continue;
    }
    bool already;
    int64_t mid = partition(d, a, b, pivot, &already);
    wasPartitioned = already;
    int64_t leftLen = mid - a, rightLen = b - mid, balanceThreshold = length / 8;
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}
template <class D>
void sortAll(D& d, int64_t n) {
  if (n > 1) pdqsort(d, 0, n, bitsLen(uint64_t(n)));
}

template <class D>
void swapRange(D& d, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++) d.swap(a + i, b + i);
}
template <class D>
void rotate(D& d, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swapRange(d, m - i, m, j);
      i -= j;
    } else {
      swapRange(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swapRange(d, m - i, m, i);
}
template <class D>
void symMerge(D& d, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (d.less(h, a)) i = h + 1;
      else j = h;
    }
    for (int64_t k = a; k < i - 1; k++) d.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (!d.less(m, h)) i = h + 1;
      else j = h;
    }
    for (int64_t k = m; k > i; k--) d.swap(k, k - 1);
    return;
  }
  int64_t mid = int64_t(uint64_t(a + b) >> 1), n = mid + m, start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = int64_t(uint64_t(start + r) >> 1);
    if (!d.less(p - c, c)) start = c + 1;
    else r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) symMerge(d, a, start, mid);
  if (mid < end && end < b) symMerge(d, mid, end, b);
}
template <class D>
void stable(D& d, int64_t n) {
  int64_t blockSize = 20, a = 0, b = blockSize;
  while (b <= n) {
    insertionSort(d, a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(d, a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(d, a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    if (int64_t m = a + blockSize; m < n) symMerge(d, a, m, n);
    blockSize *= 2;
  }
}

// ---- data sources
template <class T, class Less>
struct Typed {
  T* p;
  Less lessFn;
  bool less(int64_t i, int64_t j) { return lessFn(p[i], p[j]); }
  void swap(int64_t i, int64_t j) { std::swap(p[i], p[j]); }
};
template <class T, class Less>
Typed<T, Less> typed(GoSlice s, Less l) {
  return Typed<T, Less>{static_cast<T*>(s.ptr), l};
}
auto intLess = [](int64_t a, int64_t b) { return a < b; };
auto strLess = [](const GoString& a, const GoString& b) { return view(a) < view(b); };
auto floatLess = [](double a, double b) { return a < b || (std::isnan(a) && !std::isnan(b)); };

// sort.Slice: elements of any size swapped by bytes; less is a Go func value.
struct SliceData {
  uint8_t* base;
  int64_t es;
  rt::FuncVal* lessFn;
  bool less(int64_t i, int64_t j) {
    alignas(8) uint8_t args[24] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    callFunc(lessFn, args, 24);
    return at<uint8_t>(args, 16) != 0;
  }
  void swap(int64_t i, int64_t j) {
    uint8_t* x = base + i * es;
    uint8_t* y = base + j * es;
    uint8_t tmp[256];
    for (int64_t off = 0; off < es; off += int64_t(sizeof tmp)) {
      size_t n = size_t(std::min<int64_t>(int64_t(sizeof tmp), es - off));
      std::memcpy(tmp, x + off, n);
      std::memcpy(x + off, y + off, n);
      std::memcpy(y + off, tmp, n);
    }
  }
};
bool sliceData(uint8_t* a, SliceData* d, int64_t* n) {
  rt::Eface x = at<rt::Eface>(a, 0);
  if (!x.type || x.type->kind != TSLICE || !x.data) return false;
  auto* s = static_cast<GoSlice*>(x.data);
  *d = SliceData{static_cast<uint8_t*>(s->ptr), int64_t(x.type->elem->size), at<rt::FuncVal*>(a, 16)};
  *n = s->len;
  return true;
}

template <class F>
int64_t search(int64_t n, F f) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (!f(h)) i = h + 1;
    else j = h;
  }
  return i;
}
// sort.IntSlice, StringSlice, Float64Slice (declared in stdlib_sort.cpp):
// sorted without going through their methods.
enum SliceKind { kNotSlice, kInts, kStrings, kFloats };
SliceKind sliceKind(Type* t) {
  if (!t || t->pkg != "sort") return kNotSlice;
  if (t->sym == "IntSlice") return kInts;
  if (t->sym == "StringSlice") return kStrings;
  if (t->sym == "Float64Slice") return kFloats;
  return kNotSlice;
}

// sort.Interface: itab methods in sorted order Len, Less, Swap; the receiver
// word follows params and results. The sort package's own slice types are
// handled in C++ (their data word points at the slice header).
struct IfaceData {
  rt::Iface v;
  SliceKind kind = kNotSlice;
  explicit IfaceData(rt::Iface x) : v(x), kind(x.tab ? sliceKind(x.tab->type) : kNotSlice) {}
  GoSlice& slice() { return *static_cast<GoSlice*>(v.data); }
  void call(int m, uint8_t* args) {
    Proto* p = methodProto(v.tab->fun[m]);
    at<void*>(args, p->argSize) = v.data;
    callGo(p, args, p->argSize + 8, nullptr, true);
  }
  int64_t len() {
    if (kind != kNotSlice) return slice().len;
    alignas(8) uint8_t args[16] = {};
    call(0, args);
    return at<int64_t>(args, 0);
  }
  bool less(int64_t i, int64_t j) {
    switch (kind) {
      case kInts: return intLess(static_cast<int64_t*>(slice().ptr)[i], static_cast<int64_t*>(slice().ptr)[j]);
      case kStrings: return strLess(static_cast<GoString*>(slice().ptr)[i], static_cast<GoString*>(slice().ptr)[j]);
      case kFloats: return floatLess(static_cast<double*>(slice().ptr)[i], static_cast<double*>(slice().ptr)[j]);
      default: break;
    }
    alignas(8) uint8_t args[32] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    call(1, args);
    return at<uint8_t>(args, 16) != 0;
  }
  void swap(int64_t i, int64_t j) {
    switch (kind) {
      case kInts: return std::swap(static_cast<int64_t*>(slice().ptr)[i], static_cast<int64_t*>(slice().ptr)[j]);
      case kStrings: return std::swap(static_cast<GoString*>(slice().ptr)[i], static_cast<GoString*>(slice().ptr)[j]);
      case kFloats: return std::swap(static_cast<double*>(slice().ptr)[i], static_cast<double*>(slice().ptr)[j]);
      default: break;
    }
    alignas(8) uint8_t args[24] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    call(2, args);
  }
};

// ---- sort.Reverse: a *sort.reverse holding the wrapped Interface, with
// native Len/Less/Swap (receiver word after params and results).
void reverse_Len(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = IfaceData(*at<rt::Iface*>(a, 8)).len(); }
void reverse_Less(rt::G*, uint8_t* a) {
  IfaceData d(*at<rt::Iface*>(a, 24));
  at<int64_t>(a, 16) = d.less(at<int64_t>(a, 8), at<int64_t>(a, 0));
}
void reverse_Swap(rt::G*, uint8_t* a) {
  IfaceData d(*at<rt::Iface*>(a, 16));
  d.swap(at<int64_t>(a, 0), at<int64_t>(a, 8));
}
Func* nativeMethodFunc(const std::string& name, Type* sigT, NativeFn fn, int32_t argSize) {
  Func* f = newFunc();
  f->name = name;
  f->type = sigT;
  auto* p = new Proto();
  p->fn = f;
  p->name = name;
  p->native = fn;
  p->code = {Instr{}, Instr{}};
  p->lines = {0, 0};
  p->argSize = argSize;
  f->code = p;
  return f;
}
// The itab of (sort.Interface, *sort.reverse), built once from the interface type.
rt::Itab* reverseItab(Type* inter) {
  static rt::Itab* tab = nullptr;
  if (tab) return tab;
  Type* t = newNamed("sort", "reverse");
  Field emb;
  emb.name = "Interface";
  emb.type = inter;
  emb.embedded = true;
  setUnderlying(t, newStruct({emb}));
  calcSize(t);
  Type* pt = newPtr(t);
  calcSize(pt);
  tab = static_cast<rt::Itab*>(std::calloc(1, sizeof(rt::Itab) + 3 * sizeof(Func*)));
  tab->inter = inter;
  tab->type = pt;
  tab->hash = pt->hash;
  const NativeFn fns[3] = {reverse_Len, reverse_Less, reverse_Swap};
  const int32_t sizes[3] = {8, 24, 16};
  for (int i = 0; i < 3 && i < int(inter->methods.size()); i++) {
    const Method& m = inter->methods[size_t(i)];
    Func* f = nativeMethodFunc("sort.(*reverse)." + m.name, m.type, fns[i], sizes[i]);
    Method mm;
    mm.name = m.name;
    mm.type = m.type;
    mm.ptrRecv = true;
    mm.fn = f;
    t->methods.push_back(mm);
    tab->fun[i] = f;
  }
  return tab;
}
void sort_Reverse(rt::G*, uint8_t* a) {
  rt::Iface in = at<rt::Iface>(a, 0);
  if (!in.tab) {
    rt::setPanic(rt::makeError(rt::ErrNilDeref));
    return;
  }
  auto* box = static_cast<rt::Iface*>(rt::mallocgc(sizeof(rt::Iface), in.tab->inter, true));
  *box = in;
  at<rt::Iface>(a, 16) = rt::Iface{reverseItab(in.tab->inter), box};
}

// ---- methods of IntSlice & co. called directly: the receiver slice is inline.
template <class T, class Less>
struct SliceMethods {
  static void Len(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = at<GoSlice>(a, 8).len; }
  static void LessM(rt::G*, uint8_t* a) {
    auto* p = static_cast<T*>(at<GoSlice>(a, 24).ptr);
    at<int64_t>(a, 16) = Less()(p[at<int64_t>(a, 0)], p[at<int64_t>(a, 8)]);
  }
  static void Swap(rt::G*, uint8_t* a) {
    auto* p = static_cast<T*>(at<GoSlice>(a, 16).ptr);
    std::swap(p[at<int64_t>(a, 0)], p[at<int64_t>(a, 8)]);
  }
  static void Sort(rt::G*, uint8_t* a) {
    GoSlice s = at<GoSlice>(a, 0);
    auto d = typed<T>(s, Less());
    sortAll(d, s.len);
  }
  static void Search(rt::G*, uint8_t* a) {
    constexpr int64_t xs = (sizeof(T) + 7) / 8 * 8;  // x's slot, then the result, then the receiver
    T x = at<T>(a, 0);
    GoSlice s = at<GoSlice>(a, xs + 8);
    auto* p = static_cast<T*>(s.ptr);
    Less l;
    at<int64_t>(a, xs) = search(s.len, [&](int64_t i) { return !l(p[i], x); });
  }
};
struct IntLessT {
  bool operator()(int64_t a, int64_t b) const { return a < b; }
};
struct StrLessT {
  bool operator()(const GoString& a, const GoString& b) const { return view(a) < view(b); }
};
struct FloatLessT {
  bool operator()(double a, double b) const { return a < b || (std::isnan(a) && !std::isnan(b)); }
};

void sort_Ints(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto d = typed<int64_t>(s, intLess);
  sortAll(d, s.len);
}
void sort_Strings(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto d = typed<GoString>(s, strLess);
  sortAll(d, s.len);
}
void sort_Float64s(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto d = typed<double>(s, floatLess);
  sortAll(d, s.len);
}
void sort_Slice(rt::G*, uint8_t* a) {
  SliceData d;
  int64_t n;
  if (!sliceData(a, &d, &n)) return;
  pdqsort(d, 0, n, bitsLen(uint64_t(n)));
}
void sort_SliceStable(rt::G*, uint8_t* a) {
  SliceData d;
  int64_t n;
  if (sliceData(a, &d, &n)) stable(d, n);
}
void sort_SliceIsSorted(rt::G*, uint8_t* a) {
  SliceData d;
  int64_t n;
  bool ok = true;
  if (sliceData(a, &d, &n))
    for (int64_t i = n - 1; i > 0 && ok; i--) ok = !d.less(i, i - 1);
  at<int64_t>(a, 24) = int64_t(ok);
}
void sort_Sort(rt::G*, uint8_t* a) {
  IfaceData d(at<rt::Iface>(a, 0));
  if (!d.v.tab) return;
  sortAll(d, d.len());
}
void sort_Stable(rt::G*, uint8_t* a) {
  IfaceData d(at<rt::Iface>(a, 0));
  if (d.v.tab) stable(d, d.len());
}
void sort_IsSorted(rt::G*, uint8_t* a) {
  IfaceData d(at<rt::Iface>(a, 0));
  bool ok = true;
  if (d.v.tab)
    for (int64_t i = d.len() - 1; i > 0 && ok; i--) ok = !d.less(i, i - 1);
  at<int64_t>(a, 16) = int64_t(ok);
}
template <class T, class Less>
bool isSorted(GoSlice s, Less l) {
  auto* p = static_cast<T*>(s.ptr);
  for (int64_t i = s.len - 1; i > 0; i--)
    if (l(p[i], p[i - 1])) return false;
  return true;
}
void sort_IntsAreSorted(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = int64_t(isSorted<int64_t>(at<GoSlice>(a, 0), intLess)); }
void sort_StringsAreSorted(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = int64_t(isSorted<GoString>(at<GoSlice>(a, 0), strLess)); }
void sort_Float64sAreSorted(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = int64_t(isSorted<double>(at<GoSlice>(a, 0), floatLess)); }

void sort_Search(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 8);
  at<int64_t>(a, 16) = search(at<int64_t>(a, 0), [f](int64_t h) {
    alignas(8) uint8_t args[16] = {};
    at<int64_t>(args, 0) = h;
    callFunc(f, args, 16);
    return at<uint8_t>(args, 8) != 0;
  });
}
void sort_SearchInts(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  int64_t x = at<int64_t>(a, 24);
  auto* p = static_cast<int64_t*>(s.ptr);
  at<int64_t>(a, 32) = search(s.len, [&](int64_t i) { return p[i] >= x; });
}
void sort_SearchStrings(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto x = view(at<GoString>(a, 24));
  auto* p = static_cast<GoString*>(s.ptr);
  at<int64_t>(a, 40) = search(s.len, [&](int64_t i) { return view(p[i]) >= x; });
}
void sort_SearchFloat64s(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  double x = at<double>(a, 24);
  auto* p = static_cast<double*>(s.ptr);
  at<int64_t>(a, 32) = search(s.len, [&](int64_t i) { return p[i] >= x; });
}

}  // namespace

void registerSort() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"sort.Ints", sort_Ints},
      {"sort.Strings", sort_Strings},
      {"sort.Float64s", sort_Float64s},
      {"sort.Slice", sort_Slice},
      {"sort.SliceStable", sort_SliceStable},
      {"sort.SliceIsSorted", sort_SliceIsSorted},
      {"sort.Sort", sort_Sort},
      {"sort.Stable", sort_Stable},
      {"sort.IsSorted", sort_IsSorted},
      {"sort.IntsAreSorted", sort_IntsAreSorted},
      {"sort.StringsAreSorted", sort_StringsAreSorted},
      {"sort.Float64sAreSorted", sort_Float64sAreSorted},
      {"sort.Search", sort_Search},
      {"sort.SearchInts", sort_SearchInts},
      {"sort.SearchStrings", sort_SearchStrings},
      {"sort.SearchFloat64s", sort_SearchFloat64s},
      {"sort.Reverse", sort_Reverse},
      {"sort.IntSlice.Len", SliceMethods<int64_t, IntLessT>::Len},
      {"sort.IntSlice.Less", SliceMethods<int64_t, IntLessT>::LessM},
      {"sort.IntSlice.Swap", SliceMethods<int64_t, IntLessT>::Swap},
      {"sort.IntSlice.Sort", SliceMethods<int64_t, IntLessT>::Sort},
      {"sort.IntSlice.Search", SliceMethods<int64_t, IntLessT>::Search},
      {"sort.StringSlice.Len", SliceMethods<GoString, StrLessT>::Len},
      {"sort.StringSlice.Less", SliceMethods<GoString, StrLessT>::LessM},
      {"sort.StringSlice.Swap", SliceMethods<GoString, StrLessT>::Swap},
      {"sort.StringSlice.Sort", SliceMethods<GoString, StrLessT>::Sort},
      {"sort.StringSlice.Search", SliceMethods<GoString, StrLessT>::Search},
      {"sort.Float64Slice.Len", SliceMethods<double, FloatLessT>::Len},
      {"sort.Float64Slice.Less", SliceMethods<double, FloatLessT>::LessM},
      {"sort.Float64Slice.Swap", SliceMethods<double, FloatLessT>::Swap},
      {"sort.Float64Slice.Sort", SliceMethods<double, FloatLessT>::Sort},
      {"sort.Float64Slice.Search", SliceMethods<double, FloatLessT>::Search},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
