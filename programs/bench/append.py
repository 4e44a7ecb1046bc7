# Slices grown by append (ints, strings, structs), then summed.
def main():
    s = 0
    for r in range(20):
        a = []
        ps = []
        for i in range(100000):
            a.append(i)
            ps.append((i, r))
        for i, v in enumerate(a):
            s += v - ps[i][1]
    ss = []
    for i in range(200000):
        ss.append("x")
    print(s, len(ss))

main()
