print("zeche")
