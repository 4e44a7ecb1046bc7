// strconv_test.cpp — Go's strconv formatting and utf8 helpers (src/runtime/strconv.cpp).
//
// Expected strings come from real Go: tests/data/strconv_cases.go prints
// tests/data/strconv_cases.txt (FormatFloat over formats × precisions ×
// bit sizes, FormatInt, Quote/QuoteToASCII, QuoteRune, IsPrint, IsGraphic).
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "runtime/strconv.h"

using namespace minigo::rt;

namespace {

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t s = 0;
  for (;;) {
    size_t t = line.find('\t', s);
    f.push_back(line.substr(s, t == std::string::npos ? std::string::npos : t - s));
    if (t == std::string::npos) break;
    s = t + 1;
  }
  return f;
}

std::string unhex(const std::string& h) {
  std::string s;
  for (size_t i = 0; i + 1 < h.size(); i += 2) s += char(std::stoi(h.substr(i, 2), nullptr, 16));
  return s;
}

}  // namespace

TEST(Strconv, GoCases) {
  std::string f = __FILE__;
  std::ifstream in(f.substr(0, f.rfind('/')) + "/data/strconv_cases.txt");
  ASSERT_TRUE(in);
  std::string line;
  int n = 0, bad = 0;
  while (std::getline(in, line)) {
    auto v = splitTabs(line);
    n++;
    if (v[0] == "F") {
      uint64_t bits = std::stoull(v[1], nullptr, 16);
      double d;
      memcpy(&d, &bits, 8);
      std::string got = FormatFloat(d, v[2][0], std::stoi(v[3]), std::stoi(v[4]));
      EXPECT_EQ(got, v[5]) << line;
      bad += got != v[5];
    } else if (v[0] == "I") {
      EXPECT_EQ(FormatInt(std::stoll(v[1]), std::stoi(v[2])), v[3]) << line;
    } else if (v[0] == "Q") {
      std::string s = unhex(v[1]);
      EXPECT_EQ(Quote(s), v[2]) << line;
      EXPECT_EQ(QuoteToASCII(s), v[3]) << line;
    } else if (v[0] == "R") {
      int32_t r = std::stoi(v[1]);
      EXPECT_EQ(QuoteRune(r), v[2]) << line;
      EXPECT_EQ(QuoteRuneToASCII(r), v[3]) << line;
      EXPECT_EQ(IsPrint(r), v[4] == "true") << line;
      EXPECT_EQ(IsGraphic(r), v[5] == "true") << line;
    }
    if (bad > 20) break;
  }
  EXPECT_GT(n, 9000);
}

TEST(Strconv, UTF8) {
  int w;
  EXPECT_EQ(DecodeRuneInString("é", &w), 0xe9);
  EXPECT_EQ(w, 2);
  EXPECT_EQ(DecodeRuneInString("\xff", &w), RuneError);
  EXPECT_EQ(w, 1);
  EXPECT_EQ(DecodeRuneInString("\xed\xa0\x80", &w), RuneError);  // surrogate
  EXPECT_EQ(w, 1);
  EXPECT_EQ(DecodeRuneInString("\xc0\x80", &w), RuneError);  // overlong
  EXPECT_EQ(w, 1);
  EXPECT_EQ(DecodeRuneInString("\xe4\xb8", &w), RuneError);  // short
  EXPECT_EQ(w, 1);
  EXPECT_EQ(DecodeRuneInString("", &w), RuneError);
  EXPECT_EQ(w, 0);
  EXPECT_EQ(DecodeRuneInString("\xf0\x9f\x98\x80", &w), 0x1F600);
  EXPECT_EQ(w, 4);
  const char* s = "a世";
  EXPECT_EQ(DecodeLastRune(reinterpret_cast<const uint8_t*>(s), strlen(s), &w), 0x4e16);
  EXPECT_EQ(w, 3);
  std::string out;
  EXPECT_EQ(EncodeRune(out, 0xD800), 3);
  EXPECT_EQ(out, "\xef\xbf\xbd");
  out.clear();
  EncodeRune(out, 0x1F600);
  EXPECT_EQ(out, "\xf0\x9f\x98\x80");
  EXPECT_TRUE(ValidString("héllo"));
  EXPECT_FALSE(ValidString("h\xffllo"));
  EXPECT_EQ(RuneCountInString("héllo\xff"), 6);
  EXPECT_EQ(RuneLen(0x10FFFF), 4);
  EXPECT_EQ(RuneLen(0x110000), -1);
  EXPECT_EQ(FormatUint(UINT64_MAX, 16), "ffffffffffffffff");
}
