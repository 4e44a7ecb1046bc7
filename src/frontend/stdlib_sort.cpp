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
}

}  // namespace minigo::tc::stdlib
