// The sample team lives with the demo and the benchmark (scripts/ never imports test/); tests use the same one.
export * from '../../scripts/sampleTeam';
