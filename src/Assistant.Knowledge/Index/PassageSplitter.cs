using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Index;

/// <summary>
/// Cuts section bodies into passages: a paragraph or list item, short neighbours packed together, long ones
/// cut into windows of one to three sentences; a list item of 100 characters or more stands alone. Lines broken in the middle of a sentence (as pasted from PDF)
/// are joined first. Passages never cross a section boundary and keep their offsets in the document text.
/// </summary>
public static class PassageSplitter
{
    /// <summary>Passages grow up to about this many characters.</summary>
    public const int TargetLength = 400;

    private const int MaxSentencesPerWindow = 3;
    private const int LongListItem = 100;

    /// <summary>The passages of <paramref name="document"/> in reading order.</summary>
    public static IReadOnlyList<TextPassage> Split(ParsedDocument document)
    {
        var passages = new List<TextPassage>();
        var text = document.Text;
        foreach (var section in document.Sections)
        {
            var start = Math.Clamp(section.Start, 0, text.Length);
            var end = Math.Clamp(section.End, start, text.Length);
            var units = new List<(int Start, int End)>();
            foreach (var item in TextUnits.Items(text, start, end))
            {
                if (item.End - item.Start <= TargetLength + (TargetLength / 4))
                {
                    units.Add(item);
                }
                else
                {
                    units.AddRange(SentenceWindows(text, item.Start, item.End));
                }
            }

            Pack(text, units, section.Title, passages);
        }

        return passages;
    }

    private static void Pack(string text, List<(int Start, int End)> units, string title, List<TextPassage> passages)
    {
        var i = 0;
        while (i < units.Count)
        {
            var (start, end) = units[i++];
            var standsAlone = IsLongListItem(text, start, end);
            while (i < units.Count && units[i].End - start <= TargetLength && !standsAlone && !IsLongListItem(text, units[i].Start, units[i].End))
            {
                end = units[i++].End;
            }

            passages.Add(new TextPassage(title, start, end));
        }
    }

    /// <summary>A list item long enough to answer on its own is not packed with its neighbours.</summary>
    private static bool IsLongListItem(string text, int start, int end) => end - start >= LongListItem && TextUnits.IsBullet(text, start, end);

    private static IEnumerable<(int Start, int End)> SentenceWindows(string text, int start, int end)
    {
        var sentences = TextUnits.Sentences(text, start, end).ToList();
        var i = 0;
        while (i < sentences.Count)
        {
            var (windowStart, windowEnd) = sentences[i++];
            var count = 1;
            while (i < sentences.Count && count < MaxSentencesPerWindow && sentences[i].End - windowStart <= TargetLength)
            {
                windowEnd = sentences[i++].End;
                count++;
            }

            foreach (var piece in TextUnits.HardWrap(text, windowStart, windowEnd, TargetLength * 2))
            {
                yield return piece;
            }
        }
    }
}
