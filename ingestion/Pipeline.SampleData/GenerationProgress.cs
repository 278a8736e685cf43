namespace Pipeline.SampleData;

/// <summary>Progress of a generation: files done out of planned, and the file just finished.</summary>
public readonly record struct GenerationProgress(int FilesDone, int FilesPlanned, string LastFile, long LastFileRows);
