// Unit tests of makeslice/growslice/slicecopy (src/runtime/slice.*).
// Expected capacities come from real Go: tests/data/growslice_caps.go → .txt.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/malloc.h"
#include "runtime/slice.h"
#include "runtime/string.h"

using namespace minigo;
using namespace minigo::rt;

static std::vector<std::vector<int64_t>> goldenLines() {
  std::string f = __FILE__;
  std::ifstream in(f.substr(0, f.rfind('/')) + "/data/growslice_caps.txt");
  std::vector<std::vector<int64_t>> lines;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::vector<int64_t> v;
    int64_t x;
    while (ss >> x) v.push_back(x);
    lines.push_back(v);
  }
  return lines;
}

static Type* t24() {
  initUniverse();
  static Type* t = [] {
    Type* s = newStruct({Field{"a", types::Int64}, Field{"b", types::Int64}, Field{"c", types::Int64}});
    calcSize(s);
    return s;
  }();
  return t;
}

// Appends one element n times like the compiled append does, recording caps.
static std::vector<int64_t> appendOneByOne(Type* et, int n) {
  GoSlice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int i = 0; i < n; i++) {
    if (s.len + 1 > s.cap) {
      s = growslice(et, s, s.len + 1);
      caps.push_back(s.cap);
    }
    memset(static_cast<char*>(s.ptr) + s.len * et->size, 1, size_t(et->size));
    s.len++;
  }
  return caps;
}

static std::vector<int64_t> appendMany(Type* et, int n) {
  GoSlice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int i = 0; i < 8; i++) {
    if (s.len + n > s.cap) s = growslice(et, s, s.len + n);
    s.len += n;
    caps.push_back(s.cap);
  }
  return caps;
}

TEST(Growslice, CapSequencesMatchGo) {
  initUniverse();
  auto g = goldenLines();
  ASSERT_EQ(g.size(), 23u) << "missing tests/data/growslice_caps.txt";
  EXPECT_EQ(appendOneByOne(types::Uint8, 5000), g[0]);
  EXPECT_EQ(appendOneByOne(types::Int64, 5000), g[1]);
  EXPECT_EQ(appendOneByOne(t24(), 5000), g[2]);
  int ns[] = {3, 5, 7, 17, 100};
  for (int i = 0; i < 5; i++) EXPECT_EQ(appendMany(types::Int64, ns[i]), g[3 + i]) << ns[i];
  for (int i = 0; i < 5; i++) EXPECT_EQ(appendMany(types::Uint8, ns[i]), g[8 + i]) << ns[i];
  for (int i = 0; i < 5; i++) EXPECT_EQ(appendMany(t24(), ns[i]), g[13 + i]) << ns[i];
  // []byte(s), []rune(s) of escaping conversions.
  const char* strs[] = {"a", "hello", "hello, world!!!!!", "h\xc3\xa9llo w\xc3\xb6rld",
                        "0123456789012345678901234567890123456789"};
  for (int i = 0; i < 5; i++) {
    GoString s = gostring(strs[i]);
    EXPECT_EQ(stringtoslicebyte(s).cap, g[18 + i][0]) << strs[i];
    EXPECT_EQ(stringtoslicerune(s).cap, g[18 + i][1]) << strs[i];
  }
}

TEST(Growslice, KeepsElementsAndZeroesTheRest) {
  initUniverse();
  GoSlice s{nullptr, 0, 0};
  for (int64_t i = 0; i < 1000; i++) {
    if (s.len == s.cap) {
      s = growslice(types::Int64, s, s.len + 1);
      for (int64_t j = s.len; j < s.cap; j++) ASSERT_EQ(static_cast<int64_t*>(s.ptr)[j], 0);
    }
    static_cast<int64_t*>(s.ptr)[s.len++] = i;
  }
  for (int64_t i = 0; i < 1000; i++) ASSERT_EQ(static_cast<int64_t*>(s.ptr)[i], i);
}

TEST(Growslice, Errors) {
  initUniverse();
  GoSlice s{nullptr, 0, 10};
  GoSlice r = growslice(types::Int64, s, 5);
  EXPECT_EQ(r.ptr, nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: growslice: cap out of range");
  r = growslice(types::Int64, GoSlice{nullptr, 0, 0}, int64_t(1) << 60);
  EXPECT_EQ(r.ptr, nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: growslice: cap out of range");
  // Zero-size elements: zerobase, cap as asked.
  Type* empty = newStruct({});
  calcSize(empty);
  r = growslice(empty, GoSlice{&zerobase, 3, 3}, 4);
  EXPECT_EQ(r.ptr, &zerobase);
  EXPECT_EQ(r.len, 3);
  EXPECT_EQ(r.cap, 4);
}

TEST(Makeslice, PanicsLikeGo) {
  initUniverse();
  void* p = makeslice(types::Int64, 3, 10);
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 10; i++) EXPECT_EQ(static_cast<int64_t*>(p)[i], 0);
  EXPECT_FALSE(hasPendingError());
  EXPECT_EQ(makeslice(types::Int64, -1, 10), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: makeslice: len out of range");
  EXPECT_EQ(makeslice(types::Int64, 5, 3), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: makeslice: cap out of range");
  EXPECT_EQ(makeslice(types::Int64, 1, int64_t(1) << 62), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: makeslice: cap out of range");
  EXPECT_EQ(makeslice(types::Int64, int64_t(1) << 62, int64_t(1) << 62), nullptr);
  EXPECT_EQ(takePendingError().text(), "runtime error: makeslice: len out of range");
  EXPECT_EQ(makeslice(types::Int64, 0, 0), &zerobase);
}

TEST(Slicecopy, CopiesMinAndOverlaps) {
  int64_t a[6] = {1, 2, 3, 4, 5, 6};
  EXPECT_EQ(slicecopy(a + 1, 5, a, 6, 8), 5);
  int64_t want[6] = {1, 1, 2, 3, 4, 5};
  EXPECT_EQ(memcmp(a, want, sizeof a), 0);
  EXPECT_EQ(slicecopy(a, 0, a + 1, 3, 8), 0);
  uint8_t b[3] = {0, 0, 0}, c[1] = {7};
  EXPECT_EQ(slicecopy(b, 3, c, 1, 1), 1);
  EXPECT_EQ(b[0], 7);
}
