// stdlib_decls.cpp — the exported declarations of the standard packages a
// program may import. Functions are body-less Funcs named as Go names them
// ("fmt.Println", "strings.(*Builder).WriteString"); codegen binds them to
// native implementations by Func::name. Variables get Name sym "os.Args".
#include <algorithm>
#include <cstdint>

#include "frontend/stdlib_builder.h"
#include "frontend/typecheck.h"

namespace minigo::tc {

namespace {

std::map<std::string, StdPackage*>& registry() {
  static std::map<std::string, StdPackage*> r;
  return r;
}

using stdlib::sig;

// stdlib_builder.h's Pkg, plus what only this file declares: builtins
// (package unsafe).
struct Builder : stdlib::Pkg {
  using Pkg::Pkg;
  void builtin(const std::string& n, Op op) {
    auto* nm = newName(n, ObjKind::Builtin, Pos{});
    nm->builtin = op;
    p->members[n] = nm;
  }
};

}  // namespace

// The package for path, created on first use (several files declare members
// of one package: runtime, fmt).
StdPackage* stdPackage(const std::string& path, const std::string& name) {
  if (auto it = registry().find(path); it != registry().end()) return it->second;
  auto* p = new StdPackage;
  p->path = path;
  p->name = name;
  registry()[path] = p;
  return p;
}

namespace {

void build() {
  using namespace types;
  Type* anyS = newSlice(Any);
  Type* byteS = newSlice(Byte);
  Type* strS = newSlice(String);

  // io.Writer, the parameter type of fmt.Fprint*.
  Builder io("io", "io");
  Method w;
  w.name = "Write";
  w.type = sig({byteS}, {Int, Error});
  Type* writer = io.type("Writer", newInterface({w}, {}));
  calcSize(writer);

  Builder os("os", "os");
  Type* file = os.type("File", newStruct({Field{"fd", Int}}));
  calcSize(file);
  os.method(file, true, "Write", sig({byteS}, {Int, Error}));
  os.method(file, true, "WriteString", sig({String}, {Int, Error}));
  Type* fileP = newPtr(file);
  calcSize(fileP);
  os.func("Exit", sig({Int}, {}));
  os.var("Args", strS);
  os.var("Stdout", fileP);
  os.var("Stderr", fileP);
  os.var("Stdin", fileP);

  Builder fmt("fmt", "fmt");
  for (const char* n : {"Println", "Print"}) fmt.func(n, sig({anyS}, {Int, Error}, true));
  fmt.func("Printf", sig({String, anyS}, {Int, Error}, true));
  for (const char* n : {"Sprint", "Sprintln"}) fmt.func(n, sig({anyS}, {String}, true));
  fmt.func("Sprintf", sig({String, anyS}, {String}, true));
  fmt.func("Errorf", sig({String, anyS}, {Error}, true));
  for (const char* n : {"Fprintln", "Fprint"}) fmt.func(n, sig({writer, anyS}, {Int, Error}, true));
  fmt.func("Fprintf", sig({writer, String, anyS}, {Int, Error}, true));
  Method sm;
  sm.name = "String";
  sm.type = sig({}, {String});
  Type* stringer = fmt.type("Stringer", newInterface({sm}, {}));
  calcSize(stringer);
  Method gsm;
  gsm.name = "GoString";
  gsm.type = sig({}, {String});
  calcSize(fmt.type("GoStringer", newInterface({gsm}, {})));
  // fmt.State, and fmt.Formatter whose Format gets one; the State given is
  // a *fmt.pp over the printer (natives_fmtio.cpp).
  std::vector<Method> stateMethods(4);
  stateMethods[0].name = "Flag";
  stateMethods[0].type = sig({Int}, {Bool});
  stateMethods[1].name = "Precision";
  stateMethods[1].type = sig({}, {Int, Bool});
  stateMethods[2].name = "Width";
  stateMethods[2].type = sig({}, {Int, Bool});
  stateMethods[3].name = "Write";
  stateMethods[3].type = sig({byteS}, {Int, Error});
  Type* state = fmt.type("State", newInterface(stateMethods, {}));
  calcSize(state);
  Method fm;
  fm.name = "Format";
  fm.type = sig({state, Rune}, {});
  calcSize(fmt.type("Formatter", newInterface({fm}, {})));
  Type* pp = fmt.type("pp", newStruct({Field{"state", Uintptr}}));
  calcSize(pp);
  for (auto& m : stateMethods) fmt.method(pp, true, m.name, m.type);
  fmt.p->members.erase("pp");  // unexported
  stdlib::fmtPP = newPtr(pp);
  calcSize(stdlib::fmtPP);

  Builder errors("errors", "errors");
  errors.func("New", sig({String}, {Error}));
  errors.func("Is", sig({Error, Error}, {Bool}));
  errors.func("As", sig({Error, Any}, {Bool}));
  errors.func("Unwrap", sig({Error}, {Error}));

  // runtime: panics (natives_errors.cpp) — Goexit and the runtime.Error interface.
  Builder rtPanics("runtime", "runtime");
  rtPanics.func("Goexit", sig({}, {}));
  Method rtErr, rtRt;
  rtErr.name = "Error";
  rtErr.type = sig({}, {String});
  rtRt.name = "RuntimeError";
  rtRt.type = sig({}, {});
  Type* runtimeError = rtPanics.type("Error", newInterface({rtErr, rtRt}, {}));
  calcSize(runtimeError);

  Builder strings("strings", "strings");
  for (const char* n : {"Contains", "HasPrefix", "HasSuffix", "EqualFold", "ContainsAny"})
    strings.func(n, sig({String, String}, {Bool}));
  for (const char* n : {"Index", "LastIndex", "Count", "IndexAny", "Compare"})
    strings.func(n, sig({String, String}, {Int}));
  strings.func("IndexByte", sig({String, Byte}, {Int}));
  strings.func("IndexRune", sig({String, Rune}, {Int}));
  strings.func("ContainsRune", sig({String, Rune}, {Bool}));
  for (const char* n : {"ToUpper", "ToLower", "TrimSpace", "Title"}) strings.func(n, sig({String}, {String}));
  for (const char* n : {"Trim", "TrimLeft", "TrimRight", "TrimPrefix", "TrimSuffix"})
    strings.func(n, sig({String, String}, {String}));
  strings.func("Split", sig({String, String}, {strS}));
  strings.func("SplitN", sig({String, String, Int}, {strS}));
  strings.func("Fields", sig({String}, {strS}));
  strings.func("Join", sig({strS, String}, {String}));
  strings.func("Repeat", sig({String, Int}, {String}));
  strings.func("Replace", sig({String, String, String, Int}, {String}));
  strings.func("ReplaceAll", sig({String, String, String}, {String}));
  Type* builder = strings.type("Builder", newStruct({Field{"buf", byteS}}));
  calcSize(builder);
  strings.method(builder, true, "WriteString", sig({String}, {Int, Error}));
  strings.method(builder, true, "WriteByte", sig({Byte}, {Error}));
  strings.method(builder, true, "WriteRune", sig({Rune}, {Int, Error}));
  strings.method(builder, true, "Write", sig({byteS}, {Int, Error}));
  strings.method(builder, true, "String", sig({}, {String}));
  strings.method(builder, true, "Len", sig({}, {Int}));
  strings.method(builder, true, "Reset", sig({}, {}));
  strings.method(builder, true, "Grow", sig({Int}, {}));

  Builder strconv("strconv", "strconv");
  strconv.func("Itoa", sig({Int}, {String}));
  strconv.func("Atoi", sig({String}, {Int, Error}));
  strconv.func("FormatInt", sig({Int64, Int}, {String}));
  strconv.func("FormatUint", sig({Uint64, Int}, {String}));
  strconv.func("FormatFloat", sig({Float64, Byte, Int, Int}, {String}));
  strconv.func("FormatBool", sig({Bool}, {String}));
  strconv.func("ParseInt", sig({String, Int, Int}, {Int64, Error}));
  strconv.func("ParseUint", sig({String, Int, Int}, {Uint64, Error}));
  strconv.func("ParseFloat", sig({String, Int}, {Float64, Error}));
  strconv.func("ParseBool", sig({String}, {Bool, Error}));
  strconv.func("Quote", sig({String}, {String}));
  strconv.func("QuoteRune", sig({Rune}, {String}));
  strconv.func("Unquote", sig({String}, {String, Error}));

  Builder math("math", "math");
  for (const char* n : {"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Round", "Sin", "Cos", "Tan", "Exp", "Log", "Log2",
                        "Log10", "Atan", "Asin", "Acos", "Cbrt"})
    math.func(n, sig({Float64}, {Float64}));
  for (const char* n : {"Pow", "Max", "Min", "Mod", "Atan2", "Hypot"}) math.func(n, sig({Float64, Float64}, {Float64}));
  math.func("Inf", sig({Int}, {Float64}));
  math.func("NaN", sig({}, {Float64}));
  math.func("IsNaN", sig({Float64}, {Bool}));
  math.func("IsInf", sig({Float64, Int}, {Bool}));
  math.func("Float64bits", sig({Float64}, {Uint64}));
  math.func("Float64frombits", sig({Uint64}, {Float64}));
  math.func("Float32bits", sig({Float32}, {Uint32}));
  std::string err;
  math.cnst("Pi", Constant::fromLiteral(Constant::FloatLit, "3.14159265358979323846264338327950288419716939937510582097494459", &err), UntypedFloat);
  math.cnst("E", Constant::fromLiteral(Constant::FloatLit, "2.71828182845904523536028747135266249775724709369995957496696763", &err), UntypedFloat);
  math.cnst("MaxInt", Constant::makeInt64(INT64_MAX), UntypedInt);
  math.cnst("MinInt", Constant::makeInt64(INT64_MIN), UntypedInt);
  math.cnst("MaxInt8", Constant::makeInt64(127), UntypedInt);
  math.cnst("MinInt8", Constant::makeInt64(-128), UntypedInt);
  math.cnst("MaxInt16", Constant::makeInt64(32767), UntypedInt);
  math.cnst("MinInt16", Constant::makeInt64(-32768), UntypedInt);
  math.cnst("MaxInt32", Constant::makeInt64(INT32_MAX), UntypedInt);
  math.cnst("MinInt32", Constant::makeInt64(INT32_MIN), UntypedInt);
  math.cnst("MaxInt64", Constant::makeInt64(INT64_MAX), UntypedInt);
  math.cnst("MinInt64", Constant::makeInt64(INT64_MIN), UntypedInt);
  math.cnst("MaxUint8", Constant::makeInt64(255), UntypedInt);
  math.cnst("MaxUint16", Constant::makeInt64(65535), UntypedInt);
  math.cnst("MaxUint32", Constant::makeInt64(UINT32_MAX), UntypedInt);
  math.cnst("MaxUint64", Constant::makeUint64(UINT64_MAX), UntypedInt);
  math.cnst("MaxUint", Constant::makeUint64(UINT64_MAX), UntypedInt);
  math.cnst("MaxFloat64", Constant::binaryOp(Constant::fromLiteral(Constant::FloatLit, "0x1p1023", &err), ConstOp::Mul, Constant::fromLiteral(Constant::FloatLit, "1.99999999999999977795539507496869191527366638183593750", &err), &err), UntypedFloat);
  math.cnst("SmallestNonzeroFloat64", Constant::fromLiteral(Constant::FloatLit, "4.9406564584124654417656879286822137236505980e-324", &err), UntypedFloat);

  Builder utf8("unicode/utf8", "utf8");
  utf8.func("RuneLen", sig({Rune}, {Int}));
  utf8.func("RuneCountInString", sig({String}, {Int}));
  utf8.func("RuneCount", sig({byteS}, {Int}));
  utf8.func("DecodeRuneInString", sig({String}, {Rune, Int}));
  utf8.func("DecodeLastRuneInString", sig({String}, {Rune, Int}));
  utf8.func("EncodeRune", sig({byteS, Rune}, {Int}));
  utf8.func("ValidString", sig({String}, {Bool}));
  utf8.func("ValidRune", sig({Rune}, {Bool}));
  utf8.cnst("RuneError", Constant::makeInt64(0xFFFD), UntypedRune);
  utf8.cnst("UTFMax", Constant::makeInt64(4), UntypedInt);
  utf8.cnst("RuneSelf", Constant::makeInt64(0x80), UntypedInt);

  Builder sort("sort", "sort");
  sort.func("Ints", sig({newSlice(Int)}, {}));
  sort.func("Strings", sig({strS}, {}));
  sort.func("Float64s", sig({newSlice(Float64)}, {}));
  Type* less = sig({Int, Int}, {Bool});
  sort.func("Slice", sig({Any, less}, {}));
  sort.func("SliceStable", sig({Any, less}, {}));
  sort.func("Search", sig({Int, sig({Int}, {Bool})}, {Int}));

  Builder sync("sync", "sync");
  Type* wg = sync.type("WaitGroup", newStruct({Field{"state", Uint64}, Field{"sema", Uint32}}));
  calcSize(wg);
  sync.method(wg, true, "Add", sig({Int}, {}));
  sync.method(wg, true, "Done", sig({}, {}));
  sync.method(wg, true, "Wait", sig({}, {}));
  Type* mu = sync.type("Mutex", newStruct({Field{"state", Int32}, Field{"sema", Uint32}}));
  calcSize(mu);
  sync.method(mu, true, "Lock", sig({}, {}));
  sync.method(mu, true, "Unlock", sig({}, {}));
  Type* rw = sync.type("RWMutex", newStruct({Field{"w", mu}, Field{"writerSem", Uint32}, Field{"readerSem", Uint32},
                                              Field{"readerCount", Int32}, Field{"readerWait", Int32}}));
  calcSize(rw);
  for (const char* n : {"Lock", "Unlock", "RLock", "RUnlock"}) sync.method(rw, true, n, sig({}, {}));
  Type* once = sync.type("Once", newStruct({Field{"done", Uint32}, Field{"m", mu}}));
  calcSize(once);
  sync.method(once, true, "Do", sig({sig({}, {})}, {}));

  Builder time("time", "time");
  Type* dur = time.type("Duration", Int64);
  calcSize(dur);
  time.method(dur, false, "Seconds", sig({}, {Float64}));
  time.method(dur, false, "Milliseconds", sig({}, {Int64}));
  time.method(dur, false, "String", sig({}, {String}));
  time.func("Sleep", sig({dur}, {}));
  time.cnst("Nanosecond", Constant::makeInt64(1), dur);
  time.cnst("Microsecond", Constant::makeInt64(1000), dur);
  time.cnst("Millisecond", Constant::makeInt64(1000000), dur);
  time.cnst("Second", Constant::makeInt64(1000000000), dur);
  time.cnst("Minute", Constant::makeInt64(60000000000LL), dur);
  time.cnst("Hour", Constant::makeInt64(3600000000000LL), dur);
  Type* tm = time.type("Time", newStruct({Field{"wall", Uint64}, Field{"ext", Int64}, Field{"loc", newPtr(Int)}}));
  calcSize(tm);
  time.func("Now", sig({}, {tm}));
  time.func("Since", sig({tm}, {dur}));
  time.method(tm, false, "Sub", sig({tm}, {dur}));
  time.method(tm, false, "UnixNano", sig({}, {Int64}));
  time.func("After", sig({dur}, {newChan(tm, CDRecv)}));
  time.func("Tick", sig({dur}, {newChan(tm, CDRecv)}));

  // runtime: the collector's API (gc.h); runtime.MemStats has Go 1.19's layout.
  Builder runtime("runtime", "runtime");
  {
    std::vector<Field> ms;
    for (const char* n : {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
                          "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
                          "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
                          "NextGC", "LastGC", "PauseTotalNs"})
      ms.push_back(Field{n, Uint64});
    Type* pause = newArray(Uint64, 256);
    calcSize(pause);
    ms.push_back(Field{"PauseNs", pause});
    ms.push_back(Field{"PauseEnd", pause});
    ms.push_back(Field{"NumGC", Uint32});
    ms.push_back(Field{"NumForcedGC", Uint32});
    ms.push_back(Field{"GCCPUFraction", Float64});
    ms.push_back(Field{"EnableGC", Bool});
    ms.push_back(Field{"DebugGC", Bool});
    Type* bs = newStruct({Field{"Size", Uint32}, Field{"Mallocs", Uint64}, Field{"Frees", Uint64}});
    calcSize(bs);
    Type* bsa = newArray(bs, 61);
    calcSize(bsa);
    ms.push_back(Field{"BySize", bsa});
    Type* memStats = runtime.type("MemStats", newStruct(ms));
    calcSize(memStats);
    Type* msp = newPtr(memStats);
    calcSize(msp);
    runtime.func("GC", sig({}, {}));
    runtime.func("ReadMemStats", sig({msp}, {}));
    runtime.func("KeepAlive", sig({Any}, {}));
    // The target minigo imitates (go1.19 linux/amd64, gc).
    runtime.cnst("GOOS", Constant::makeString("linux"), String);  // typed, as in Go
    runtime.cnst("GOARCH", Constant::makeString("amd64"), String);
    runtime.cnst("Compiler", Constant::makeString("gc"), UntypedString);
  }

  Builder unsafe("unsafe", "unsafe");
  unsafe.builtin("Sizeof", OUNSAFESIZEOF);
  unsafe.builtin("Alignof", OUNSAFEALIGNOF);
  unsafe.builtin("Offsetof", OUNSAFEOFFSETOF);
  auto* ptr = newName("Pointer", ObjKind::Type, Pos{});
  ptr->type = UnsafePointer;
  unsafe.p->members["Pointer"] = ptr;
  declareStdlibExtras();
  stdlib::declareSync();     // stdlib_sync.cpp
  stdlib::declareContext();  // stdlib_context.cpp
  stdlib::declareReflect();  // stdlib_reflect.cpp
  stdlib::declareRand();       // stdlib_rand.cpp
  stdlib::declareContainer();  // stdlib_container.cpp
  stdlib::declareBytes();      // stdlib_bytes.cpp
  stdlib::declareFmtScan();    // stdlib_fmtscan.cpp
}

}  // namespace

Type* stdlib::fmtPP = nullptr;


const StdPackage* lookupStdPackage(const std::string& path) {
  if (registry().empty()) build();
  auto it = registry().find(path);
  return it == registry().end() ? nullptr : it->second;
}

}  // namespace minigo::tc
