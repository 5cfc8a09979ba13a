using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// A document that opens several posts keeps each post's routes apart (<see cref="AdmissionRoute.Post"/>). Eligibility is
/// judged on one post: the one the question names by a word of its title that the other posts' titles lack
/// ("netwerkbibliothecaris"), else the first post, the one the vacancy is filed under. Routes common to all posts stay.
/// </summary>
public static class PostChoice
{
    /// <summary>The posts of <paramref name="facts"/>, in the order of the document; empty for a document of one post.</summary>
    public static IReadOnlyList<string> Posts(VacancyFacts facts) =>
        [.. facts.Requirements.Routes.Select(r => r.Post).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// <paramref name="facts"/> with the routes of one post only: the one <paramref name="question"/> names, else the one
    /// <paramref name="earlier"/> named (the question a dialog started from, when the reply names no post: "2 jaar in de
    /// wegenbouw" after asking about the second post), else the first.
    /// </summary>
    public static VacancyFacts ForQuestion(VacancyFacts facts, string? question, string? earlier = null)
    {
        var posts = Posts(facts);
        if (posts.Count < 2)
        {
            return facts;
        }

        var post = Named(posts, question) ?? Named(posts, earlier) ?? posts[0];
        return facts with { Requirements = facts.Requirements with { Routes = [.. facts.Requirements.Routes.Where(r => r.Post is null || r.Post == post)] } };
    }

    /// <summary>The one post <paramref name="text"/> names, or null.</summary>
    private static string? Named(IReadOnlyList<string> posts, string? text)
    {
        var asked = text is null ? [] : TextFold.Words(text);
        // A title word written out (or inside a compound) first; else one sharing a stem ("archivist" for "archivaris").
        var named = posts.Where(p => Distinctive(p, posts).Any(w => asked.Any(a => Same(a, w)))).ToList();
        named = named.Count > 0 ? named : [.. posts.Where(p => Distinctive(p, posts).Any(w => asked.Any(a => Stem(a, w))))];
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The words of a post's title that no other post's title has.</summary>
    private static IEnumerable<string> Distinctive(string post, IReadOnlyList<string> posts)
    {
        var others = posts.Where(p => p != post).SelectMany(TextFold.Words).ToHashSet(StringComparer.Ordinal);
        return TextFold.Words(post).Where(w => w.Length >= 5 && !others.Contains(w) && !StopWords.FunctionWords.Contains(w));
    }

    private static bool Stem(string asked, string word)
    {
        var shared = 0;
        while (shared < asked.Length && shared < word.Length && asked[shared] == word[shared])
        {
            shared++;
        }

        return shared >= 6;
    }

    private static bool Same(string asked, string word) =>
        asked == word || (asked.Length >= 6 && word.Length >= 6 && (asked.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(asked, StringComparison.Ordinal)
            || (asked.Length >= 8 && word.Contains(asked, StringComparison.Ordinal))));
}
