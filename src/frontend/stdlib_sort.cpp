// stdlib_sort.cpp — package sort: sort.Interface, the Sort/Stable family and
// searches. The natives (natives_sort.cpp) follow Go 1.19's pdqsort so the
// order of equal elements matches.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareSort() {
  using namespace types;
  Pkg sort("sort", "sort");
  Method len{}, less{}, swap{};
  len.name = "Len";
  len.type = sig({}, {Int});
  less.name = "Less";
  less.type = sig({Int, Int}, {Bool});
  swap.name = "Swap";
  swap.type = sig({Int, Int}, {});
  Type* iface = sort.type("Interface", newInterface({len, less, swap}, {}));
  Type* lessFn = sig({Int, Int}, {Bool});
  for (const char* n : {"Sort", "Stable"}) sort.func(n, sig({iface}, {}));
  sort.func("IsSorted", sig({iface}, {Bool}));
  sort.func("SliceIsSorted", sig({Any, lessFn}, {Bool}));
  sort.func("IntsAreSorted", sig({newSlice(Int)}, {Bool}));
  sort.func("StringsAreSorted", sig({newSlice(String)}, {Bool}));
  sort.func("Float64sAreSorted", sig({newSlice(Float64)}, {Bool}));
  sort.func("SearchInts", sig({newSlice(Int), Int}, {Int}));
  sort.func("SearchStrings", sig({newSlice(String), String}, {Int}));
  sort.func("SearchFloat64s", sig({newSlice(Float64), Float64}, {Int}));
  // IntSlice & co.: sort.Sort/Stable recognise them and sort natively.
  struct S { const char* name; Type* elem; };
  for (S s : {S{"IntSlice", Int}, S{"StringSlice", String}, S{"Float64Slice", Float64}}) {
    Type* t = sort.type(s.name, newSlice(s.elem));
    sort.method(t, false, "Len", sig({}, {Int}));
    sort.method(t, false, "Less", sig({Int, Int}, {Bool}));
    sort.method(t, false, "Swap", sig({Int, Int}, {}));
    sort.method(t, false, "Sort", sig({}, {}));
    sort.method(t, false, "Search", sig({s.elem}, {Int}));
  }
  // Reverse wraps an Interface in *sort.reverse (natives_sort.cpp).
  sort.func("Reverse", sig({iface}, {iface}));
}

}  // namespace minigo::tc::stdlib
