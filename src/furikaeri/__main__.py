from furikaeri.cli import main

main()
