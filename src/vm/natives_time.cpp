// natives_time.cpp — package time over the runtime timer heap (runtime/time.cpp):
// Sleep, Now/Since/Sub, After/Tick/NewTimer/NewTicker/AfterFunc (channel
// timers send the current Time without blocking, as Go's sendTime does), and
// Duration's methods and String form.
#include <cstring>
#include <string>

#include "frontend/typecheck.h"
#include "frontend/types.h"
#include "runtime/chan.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/sema.h"
#include "runtime/string.h"
#include "runtime/time.h"
#include "vm/interp.h"
#include "vm/natives.h"

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

// time.Time as declared: wall (wall-clock ns), ext (monotonic ns), loc.
struct GoTime {
  uint64_t wall;
  int64_t ext;
  void* loc;
};
GoTime now() { return GoTime{uint64_t(rt::walltime()), rt::nanotime(), nullptr}; }

// time.Timer / time.Ticker as declared: C, then our runtime timer.
struct GoTimer {
  rt::Hchan* C;
  rt::Timer* r;
};

Type* timeChanType() {
  static Type* t = [] {
    const tc::StdPackage* p = tc::lookupStdPackage("time");
    Type* tm = p->members.at("Time")->type;
    Type* c = newChan(tm, CDBoth);
    calcSize(c);
    return c;
  }();
  return t;
}

rt::Hchan* newTimeChan() { return rt::makechan(timeChanType(), 1, 24); }

// sendTime: a non-blocking send of the current time (a slow reader drops ticks).
void sendTime(rt::Timer* t, int64_t) {
  GoTime v = now();
  rt::Hchan* c = static_cast<rt::Hchan*>(t->arg);
  if (c->qcount < c->dataqsiz || c->recvq.first) rt::trysend(c, reinterpret_cast<uint8_t*>(&v));
}

// AfterFunc: the function runs in its own goroutine.
void goFunc(rt::Timer* t, int64_t) {
  auto* fv = static_cast<rt::FuncVal*>(t->arg);
  if (!fv) rt::flushStdout(), rt::fatal("go of nil func value");
  spawnFuncVal(fv);
}

rt::Timer* newTimer(int64_t d, int64_t period, void (*f)(rt::Timer*, int64_t), void* arg) {
  auto* t = new rt::Timer();
  t->f = f;
  t->arg = arg;
  t->when = rt::nanotime() + (d > 0 ? d : 0);
  t->period = period;
  rt::addtimer(t);
  return t;
}

// A method called on a nil *Timer / *Ticker panics with Go's nil dereference.
template <NativeFn F, int recvOff>
void nonNil(rt::G* g, uint8_t* a) {
  if (!at<void*>(a, recvOff)) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  F(g, a);
}

void n_Sleep(rt::G*, uint8_t* a) { rt::timeSleep(at<int64_t>(a, 0)); }
void n_Now(rt::G*, uint8_t* a) { at<GoTime>(a, 0) = now(); }
void n_Since(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = rt::nanotime() - at<GoTime>(a, 0).ext; }
// t.Sub(u): params u, result, receiver t.
void n_Sub(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = at<GoTime>(a, 32).ext - at<GoTime>(a, 0).ext; }
void n_UnixNano(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = int64_t(at<GoTime>(a, 8).wall); }
void n_Unix(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = int64_t(at<GoTime>(a, 8).wall) / 1000000000; }
void n_UnixMilli(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = int64_t(at<GoTime>(a, 8).wall) / 1000000; }
// t.Add(d): params d, result, receiver t. A zero ext means no monotonic reading.
void n_Add(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 0);
  GoTime t = at<GoTime>(a, 32);
  t.wall += uint64_t(d);
  if (t.ext) t.ext += d;
  at<GoTime>(a, 8) = t;
}
// Comparisons use the monotonic readings when both have one (as Go does).
int cmpTime(const GoTime& t, const GoTime& u) {
  if (t.ext && u.ext) return t.ext < u.ext ? -1 : t.ext > u.ext;
  return t.wall < u.wall ? -1 : t.wall > u.wall;
}
// t.Equal(u) etc.: params u, result, receiver t.
void n_Equal(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = cmpTime(at<GoTime>(a, 32), at<GoTime>(a, 0)) == 0; }
void n_Before(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = cmpTime(at<GoTime>(a, 32), at<GoTime>(a, 0)) < 0; }
void n_After_(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = cmpTime(at<GoTime>(a, 32), at<GoTime>(a, 0)) > 0; }
void n_IsZero(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = at<GoTime>(a, 8).wall == 0; }
void n_Until(rt::G*, uint8_t* a) {
  GoTime t = at<GoTime>(a, 0);
  at<int64_t>(a, 24) = t.ext ? t.ext - rt::nanotime() : int64_t(t.wall) - rt::walltime();
}
// Duration.Truncate / Round / Abs (time.go): params m, result, receiver d.
void n_D_Truncate(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 16), m = at<int64_t>(a, 0);
  at<int64_t>(a, 8) = m <= 0 ? d : d - d % m;
}
bool lessThanHalf(int64_t x, int64_t y) { return uint64_t(x) + uint64_t(x) < uint64_t(y); }
int64_t roundDuration(int64_t d, int64_t m) {
  if (m <= 0) return d;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (lessThanHalf(r, m)) return d + r;
    int64_t d1 = int64_t(uint64_t(d) - uint64_t(m) + uint64_t(r));
    return d1 < d ? d1 : INT64_MIN;
  }
  if (lessThanHalf(r, m)) return d - r;
  int64_t d1 = int64_t(uint64_t(d) + uint64_t(m) - uint64_t(r));
  return d1 > d ? d1 : INT64_MAX;
}
void n_D_Round(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = roundDuration(at<int64_t>(a, 16), at<int64_t>(a, 0)); }
void n_D_Abs(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 8);
  at<int64_t>(a, 0) = d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d;
}

void n_After(rt::G*, uint8_t* a) {
  rt::Hchan* c = newTimeChan();
  newTimer(at<int64_t>(a, 0), 0, sendTime, c);
  at<rt::Hchan*>(a, 8) = c;
}
void n_Tick(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 0);
  if (d <= 0) {
    at<rt::Hchan*>(a, 8) = nullptr;
    return;
  }
  rt::Hchan* c = newTimeChan();
  newTimer(d, d, sendTime, c);
  at<rt::Hchan*>(a, 8) = c;
}
void n_NewTimer(rt::G*, uint8_t* a) {
  auto* t = static_cast<GoTimer*>(rt::mallocgc(sizeof(GoTimer), rt::gcConservativeType(), true));
  t->C = newTimeChan();
  t->r = newTimer(at<int64_t>(a, 0), 0, sendTime, t->C);
  at<GoTimer*>(a, 8) = t;
}
void n_AfterFunc(rt::G*, uint8_t* a) {
  auto* t = static_cast<GoTimer*>(rt::mallocgc(sizeof(GoTimer), rt::gcConservativeType(), true));
  t->r = newTimer(at<int64_t>(a, 0), 0, goFunc, at<rt::FuncVal*>(a, 8));
  at<GoTimer*>(a, 16) = t;
}
void n_NewTicker(rt::G* g, uint8_t* a) {
  int64_t d = at<int64_t>(a, 0);
  if (d <= 0) {  // Go: panic(errors.New("non-positive interval for NewTicker"))
    alignas(8) uint8_t args[32] = {};
    at<rt::GoString>(args, 0) = rt::gostring("non-positive interval for NewTicker");
    lookupNative("errors.New")(g, args);
    auto err = at<rt::Iface>(args, 16);
    g->natReq = 1;
    g->natReqVal = rt::Eface{err.tab->type, err.data};
    return;
  }
  auto* t = static_cast<GoTimer*>(rt::mallocgc(sizeof(GoTimer), rt::gcConservativeType(), true));
  t->C = newTimeChan();
  t->r = newTimer(d, d, sendTime, t->C);
  at<GoTimer*>(a, 8) = t;
}
// (*Timer).Stop() bool: receiver after the result.
void n_Timer_Stop(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rt::deltimer(at<GoTimer*>(a, 8)->r); }
// (*Timer).Reset(d) bool
void n_Timer_Reset(rt::G*, uint8_t* a) {
  GoTimer* t = at<GoTimer*>(a, 16);
  bool active = rt::deltimer(t->r);
  rt::modtimer(t->r, rt::nanotime() + at<int64_t>(a, 0), 0);
  at<int64_t>(a, 8) = active;
}
void n_Ticker_Stop(rt::G*, uint8_t* a) { rt::deltimer(at<GoTimer*>(a, 0)->r); }
void n_Ticker_Reset(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 0);
  rt::modtimer(at<GoTimer*>(a, 8)->r, rt::nanotime() + d, d);
}

// Duration methods (value receiver after the results).
void n_D_Seconds(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 8);
  at<double>(a, 0) = double(d / 1000000000) + double(d % 1000000000) / 1e9;
}
void n_D_Minutes(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 8);
  at<double>(a, 0) = double(d / 60000000000LL) + double(d % 60000000000LL) / 6e10;
}
void n_D_Hours(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 8);
  at<double>(a, 0) = double(d / 3600000000000LL) + double(d % 3600000000000LL) / 3.6e12;
}
void n_D_Milliseconds(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = at<int64_t>(a, 8) / 1000000; }
void n_D_Microseconds(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = at<int64_t>(a, 8) / 1000; }
void n_D_Nanoseconds(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = at<int64_t>(a, 8); }

// Go's fmtFrac / fmtInt / Duration.String, writing backwards into buf.
int fmtFrac(char* buf, int w, uint64_t v, int prec, uint64_t* nv) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = int(v % 10);
    print = print || digit != 0;
    if (print) {
      w--;
      buf[w] = char(digit + '0');
    }
    v /= 10;
  }
  if (print) {
    w--;
    buf[w] = '.';
  }
  *nv = v;
  return w;
}
int fmtInt(char* buf, int w, uint64_t v) {
  if (v == 0) {
    w--;
    buf[w] = '0';
  } else {
    while (v > 0) {
      w--;
      buf[w] = char(v % 10 + '0');
      v /= 10;
    }
  }
  return w;
}

}  // namespace

std::string durationString(int64_t d) {
  char buf[32];
  int w = 32;
  uint64_t u = uint64_t(d);
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < 1000000000ULL) {
    int prec = 0;
    w--;
    buf[w] = 's';
    w--;
    if (u == 0) return "0s";
    if (u < 1000ULL) {
      prec = 0;
      buf[w] = 'n';
    } else if (u < 1000000ULL) {
      prec = 3;
      // U+00B5 'µ' micro sign == 0xC2 0xB5
      w--;
      std::memcpy(buf + w, "\xC2\xB5", 2);
    } else {
      prec = 6;
      buf[w] = 'm';
    }
    w = fmtFrac(buf, w, u, prec, &u);
    w = fmtInt(buf, w, u);
  } else {
    w--;
    buf[w] = 's';
    w = fmtFrac(buf, w, u, 9, &u);
    w = fmtInt(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      w--;
      buf[w] = 'm';
      w = fmtInt(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        w--;
        buf[w] = 'h';
        w = fmtInt(buf, w, u);
      }
    }
  }
  if (neg) {
    w--;
    buf[w] = '-';
  }
  return std::string(buf + w, size_t(32 - w));
}

namespace {
void n_D_String(rt::G*, uint8_t* a) {
  std::string s = durationString(at<int64_t>(a, 16));
  auto* p = static_cast<uint8_t*>(rt::mallocgc(s.size(), nullptr, false));
  std::memcpy(p, s.data(), s.size());
  at<rt::GoString>(a, 0) = rt::GoString{p, int64_t(s.size())};
}
}  // namespace

void registerTimeNatives() {
  static const std::pair<const char*, NativeFn> natives[] = {
      {"time.Sleep", n_Sleep},
      {"time.Now", n_Now},
      {"time.Since", n_Since},
      {"time.Time.Sub", n_Sub},
      {"time.Time.UnixNano", n_UnixNano},
      {"time.Time.Unix", n_Unix},
      {"time.Time.UnixMilli", n_UnixMilli},
      {"time.Time.Add", n_Add},
      {"time.Time.Equal", n_Equal},
      {"time.Time.Before", n_Before},
      {"time.Time.After", n_After_},
      {"time.Time.IsZero", n_IsZero},
      {"time.Until", n_Until},
      {"time.Duration.Truncate", n_D_Truncate},
      {"time.Duration.Round", n_D_Round},
      {"time.Duration.Abs", n_D_Abs},
      {"time.After", n_After},
      {"time.Tick", n_Tick},
      {"time.NewTimer", n_NewTimer},
      {"time.AfterFunc", n_AfterFunc},
      {"time.NewTicker", n_NewTicker},
      {"time.(*Timer).Stop", nonNil<n_Timer_Stop, 8>},
      {"time.(*Timer).Reset", nonNil<n_Timer_Reset, 16>},
      {"time.(*Ticker).Stop", nonNil<n_Ticker_Stop, 0>},
      {"time.(*Ticker).Reset", nonNil<n_Ticker_Reset, 8>},
      {"time.Duration.Seconds", n_D_Seconds},
      {"time.Duration.Minutes", n_D_Minutes},
      {"time.Duration.Hours", n_D_Hours},
      {"time.Duration.Milliseconds", n_D_Milliseconds},
      {"time.Duration.Microseconds", n_D_Microseconds},
      {"time.Duration.Nanoseconds", n_D_Nanoseconds},
      {"time.Duration.String", n_D_String},
  };
  for (auto& [name, fn] : natives) NativeRegistrar(name, fn);
}

}  // namespace minigo::vm
