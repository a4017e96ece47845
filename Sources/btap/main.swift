print("btap: under construction")
