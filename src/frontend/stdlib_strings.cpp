// stdlib_strings.cpp — package strings beyond stdlib_decls.cpp's core set
// (func-taking helpers, Cut, SplitAfter, Replacer), and declareStdlibExtras,
// which build() calls to add every package declared in the stdlib_*.cpp files.
#include "frontend/stdlib_builder.h"

namespace minigo::tc {

namespace stdlib {

void declareStrings() {
  using namespace types;
  Pkg strings("strings", "strings");
  Type* strS = newSlice(String);
  Type* runePred = sig({Rune}, {Bool});
  strings.func("SplitAfter", sig({String, String}, {strS}));
  strings.func("SplitAfterN", sig({String, String, Int}, {strS}));
  strings.func("Cut", sig({String, String}, {String, String, Bool}));
  strings.func("ToTitle", sig({String}, {String}));
  strings.func("LastIndexByte", sig({String, Byte}, {Int}));
  strings.func("LastIndexAny", sig({String, String}, {Int}));
  strings.func("TrimFunc", sig({String, runePred}, {String}));
  strings.func("TrimLeftFunc", sig({String, runePred}, {String}));
  strings.func("TrimRightFunc", sig({String, runePred}, {String}));
  strings.func("FieldsFunc", sig({String, runePred}, {strS}));
  strings.func("IndexFunc", sig({String, runePred}, {Int}));
  strings.func("LastIndexFunc", sig({String, runePred}, {Int}));
  strings.func("Map", sig({sig({Rune}, {Rune}), String}, {String}));
  // Replacer holds its old/new pairs; Replace scans them as Go's generic
  // replacer does (leftmost match, earlier pair first at the same index).
  Type* rep = strings.type("Replacer", newStruct({fld(strS, "oldnew")}));
  Type* repP = sized(newPtr(rep));
  strings.func("NewReplacer", sig({strS}, {repP}, true));
  strings.method(rep, true, "Replace", sig({String}, {String}));
}

}  // namespace stdlib

void declareStdlibExtras() {
  stdlib::declareStrings();
  stdlib::declareStrconv();
  stdlib::declareMath();
  stdlib::declareSort();
  stdlib::declareUnicode();
  stdlib::declareBufio();
}

}  // namespace minigo::tc
