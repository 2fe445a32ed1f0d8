namespace GovText.Topics.Lda;

/// <summary>Settings of one LightLDA fit. Every one of them changes the result, so all are recorded with the outputs.</summary>
/// <param name="Topics">K, the number of topics.</param>
/// <param name="Seed">Orders the units fed to the sampler (LightLDA's own random generator has a fixed seed); same seed, same model.</param>
/// <param name="Threads">Sampler threads. Part of the model: 1 and 2 threads give different (each reproducible) results.</param>
/// <param name="Iterations">Gibbs sampling iterations.</param>
/// <param name="Alpha">Symmetric document–topic prior per topic (LightLDA's alphaSum is Alpha × K).</param>
/// <param name="Beta">Symmetric topic–word prior.</param>
/// <param name="BurnInIterations">Sampling iterations when inferring each unit's topic shares after the fit.</param>
public sealed record LdaOptions(
    int Topics,
    int Seed = 1,
    int Threads = 1,
    int Iterations = 200,
    double Alpha = 0.1,
    double Beta = 0.01,
    int BurnInIterations = 50);
