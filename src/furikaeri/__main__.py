from furikaeri.launch import main

main()
