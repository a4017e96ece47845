print("btap-bench: under construction")
