/// Ports named by their city (上海港, 宁波港): a city's short form and 港, where 港 begins no word
/// (上海|港口 is the city's port facilities in general). After a full name (永州市|港长制) 港 is no port's.
extension Recognizer {
    /// Place candidates for the ports written as a supported city's short form and 港.
    func portsOfCities(among places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        places.compactMap { place in
            // A short form may end in 州 (福州|港); a full name's level character (永州市|港长制) ends no port's city.
            guard let division = place.division, division.level == .prefecture || division.level == .province, place.end < text.count,
                  text[place.end] == "港",
                  !NameGrower.levelCharacters.contains(text[place.end - 1]) || place.end - place.start < division.name.unicodeScalars.count,
                  !words.contains(text, place.end, 2) else { return nil }
            return Candidate(type: .place, start: place.start, end: place.end + 1, priority: 0)
        }
    }
}
