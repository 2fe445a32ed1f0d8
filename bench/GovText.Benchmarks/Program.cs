using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/GovText.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
