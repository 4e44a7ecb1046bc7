# Nested integer loops: 3000 x 3000 iterations of multiply, modulo, add.
def main():
    s = 0
    for i in range(3000):
        for j in range(3000):
            s += (i * j + j) % 7
    print(s)

main()
